using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData;
using ShotTracker.LiveData.Redis;
using ShotTracker.LiveData.Redis.DependencyInjection;
using ShotTracker.LiveData.Redis.Relay;

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
    /// The relay installs its own <see cref="LiveDataClientOptions.Recorder"/> on the configuration, which passes every
    /// message on to a recorder set before it. The options are validated when the host starts.
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
        builder.Services.PostConfigure<LiveDataClientOptions>(name, o =>
        {
            if (o.Recorder is not RelayRecorder)
            {
                o.Recorder = new RelayRecorder(o.Recorder);
            }
        });

        // Added, not TryAdded: several relays (different game lists, different configurations) may run in one host.
        builder.Services.Add(ServiceDescriptor.Singleton<IHostedService>(services =>
        {
            var options = new LiveDataRedisRelayOptions();
            configure(options);
            return new LiveDataRedisRelay(
                options,
                services.GetRequiredService<ILiveDataClientFactory>(),
                name,
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                services.GetService<ILoggerFactory>(),
                services.GetService<IMeterFactory>());
        }));
        return builder;
    }
}
