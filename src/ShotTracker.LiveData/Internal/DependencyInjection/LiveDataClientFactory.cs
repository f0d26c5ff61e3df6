using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>Combines a named <see cref="LiveDataClientOptions"/> with that name's per-game token provider.</summary>
internal sealed class LiveDataClientFactory(
    IServiceProvider services,
    IOptionsMonitor<LiveDataClientOptions> options,
    IOptionsMonitor<LiveDataClientRegistration> registrations,
    ILoggerFactory? loggerFactory = null) : ILiveDataClientFactory
{
    public ILiveDataClient CreateClient(string gameId) => CreateClient(Options.DefaultName, gameId);

    public ILiveDataClient CreateClient(string name, string gameId) => CreateClient(name, gameId, lastSequence: null);

    public ILiveDataClient CreateClient(string name, string gameId, long? lastSequence)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (string.IsNullOrEmpty(gameId))
        {
            throw new ArgumentException("The game id must not be null or empty.", nameof(gameId));
        }

        var registration = registrations.Get(name);
        if (!registration.Registered)
        {
            throw new InvalidOperationException(name.Length == 0
                ? "No default ShotTracker Live Data configuration is registered; call services.AddShotTrackerLiveData(...)."
                : $"No ShotTracker Live Data configuration named '{name}' is registered; call services.AddShotTrackerLiveData(\"{name}\", ...).");
        }

        var tokenProvider = registration.TokenProviderFactory?.Invoke(services, gameId);
        var logger = loggerFactory?.CreateLogger<LiveDataClient>();
        var client = new LiveDataClient(options.Get(name), logger, tokenProvider, lastSequence);
        if (logger is not null)
        {
            LiveDataFactoryLog.ClientCreated(logger, name, gameId);
        }

        return client;
    }
}
