using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData;
using ShotTracker.LiveData.Internal.DependencyInjection;
using ShotTracker.LiveData.Redis;
using ShotTracker.LiveData.Redis.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="LiveDataRedisRelay"/> on a Live Data configuration.</summary>
public static class LiveDataRedisRelayBuilderExtensions
{
    /// <summary>
    /// Adds a hosted <see cref="LiveDataRedisRelay"/> that relays the configured games to Redis, each through a client
    /// of the builder's Live Data configuration (its endpoint, sources and per-game token provider).
    /// </summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="configuration">
    /// The relay's section, for example <c>builder.Configuration.GetSection("RedisRelay")</c>: <c>Configuration</c>
    /// (the Redis configuration string), <c>Games</c> (a list of game ids), and optionally <c>KeyPrefix</c>,
    /// <c>LatestStreamMaxLength</c>, <c>DuplicateWindow</c>, <c>RetryDelay</c>, <c>MaxRetryDelay</c>.
    /// </param>
    /// <returns>The same builder.</returns>
    /// <remarks>
    /// The relay creates each game's client with a recorder of its own that writes every message to Redis before the
    /// client delivers it, then hands it to the configuration's <see cref="LiveDataClientOptions.Recorder"/> (if any)
    /// and to the game's recorder from <see cref="LiveDataRedisRelayOptions.RecorderFactory"/> (which only code can
    /// set: see <see cref="AddLiveDataRedisRelay(ILiveDataClientBuilder, IConfiguration, Action{LiveDataRedisRelayOptions})"/>).
    /// The configuration itself is left as it is. The options are validated when the host starts.
    /// </remarks>
    public static ILiveDataClientBuilder AddLiveDataRedisRelay(this ILiveDataClientBuilder builder, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return builder.AddLiveDataRedisRelay(options => RelayConfigurationBinder.Bind(configuration, options));
    }

    /// <summary>
    /// Adds a hosted <see cref="LiveDataRedisRelay"/> configured from a section, then in code for what a section cannot
    /// hold, such as <see cref="LiveDataRedisRelayOptions.RecorderFactory"/>; see
    /// <see cref="AddLiveDataRedisRelay(ILiveDataClientBuilder, IConfiguration)"/>.
    /// </summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="configuration">The relay's section, bound first.</param>
    /// <param name="configure">Runs after the section is bound.</param>
    /// <returns>The same builder.</returns>
    public static ILiveDataClientBuilder AddLiveDataRedisRelay(
        this ILiveDataClientBuilder builder, IConfiguration configuration, Action<LiveDataRedisRelayOptions> configure)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        return builder.AddLiveDataRedisRelay(options =>
        {
            RelayConfigurationBinder.Bind(configuration, options);
            configure(options);
        });
    }

    /// <summary>
    /// Adds a hosted <see cref="LiveDataRedisRelay"/> configured in code; see
    /// <see cref="AddLiveDataRedisRelay(ILiveDataClientBuilder, IConfiguration)"/>.
    /// </summary>
    /// <param name="builder">The builder <c>AddShotTrackerLiveData</c> returned.</param>
    /// <param name="configure">Sets the Redis configuration, the games and the limits.</param>
    /// <returns>The same builder.</returns>
    public static ILiveDataClientBuilder AddLiveDataRedisRelay(this ILiveDataClientBuilder builder, Action<LiveDataRedisRelayOptions> configure)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var name = builder.Name;
        // Added, not TryAdded: several relays (different game lists, different configurations) may run in one host.
        builder.Services.Add(ServiceDescriptor.Singleton<IHostedService>(services =>
        {
            var options = new LiveDataRedisRelayOptions();
            configure(options);
            return new LiveDataRedisRelay(
                options,
                // The SDK's own factory of the container's configurations, which can give a client the relay's
                // recorder for its game (the registered ILiveDataClientFactory may be an app's replacement).
                LiveDataClientFactory.Create(services),
                name,
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                services.GetService<ILoggerFactory>(),
                services.GetService<IMeterFactory>());
        }));
        return builder;
    }
}
