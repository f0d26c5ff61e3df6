using Microsoft.Extensions.DependencyInjection;
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
    /// <summary>Creates the factory of <paramref name="services"/>' configurations (the SDK's, or one a package of it builds for itself).</summary>
    public static LiveDataClientFactory Create(IServiceProvider services) => new(
        services,
        services.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>(),
        services.GetRequiredService<IOptionsMonitor<LiveDataClientRegistration>>(),
        services.GetService<ILoggerFactory>());

    public ILiveDataClient CreateClient(string gameId) => CreateClient(Options.DefaultName, gameId);

    public ILiveDataClient CreateClient(string name, string gameId) => CreateClient(name, gameId, lastSequence: null);

    public ILiveDataClient CreateClient(string name, string gameId, long? lastSequence) => CreateClient(name, gameId, lastSequence, recorder: null);

    /// <summary>
    /// Creates a client as <see cref="CreateClient(string, string, long?)"/> does, whose recorder is what
    /// <paramref name="recorder"/> makes of the configured <see cref="LiveDataClientOptions.Recorder"/>: how a relay
    /// puts a recorder of its own for each game in front of the configuration's shared one.
    /// </summary>
    /// <param name="name">The configuration's name.</param>
    /// <param name="gameId">The game or drill id.</param>
    /// <param name="lastSequence">The <c>last_seq</c> of the first connection; <see langword="null"/> for the configured one.</param>
    /// <param name="recorder">Given the configured recorder (or <see langword="null"/>), returns the client's; <see langword="null"/> keeps the configured one.</param>
    /// <returns>A new client; nothing connects until it is streamed.</returns>
    internal ILiveDataClient CreateClient(string name, string gameId, long? lastSequence, Func<ILiveDataMessageRecorder?, ILiveDataMessageRecorder?>? recorder)
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
        var configured = options.Get(name);
        var client = new LiveDataClient(configured, logger, tokenProvider, lastSequence, recorder?.Invoke(configured.Recorder));
        if (logger is not null)
        {
            LiveDataFactoryLog.ClientCreated(logger, name, gameId);
        }

        return client;
    }
}
