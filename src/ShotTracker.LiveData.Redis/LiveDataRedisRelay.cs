using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Internal.DependencyInjection;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Streams;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis;

/// <summary>
/// A hosted service that follows games through <see cref="ILiveDataClient"/>s of one Live Data configuration and
/// writes every message they receive to Redis Streams, keyed by game. Register it with
/// <c>AddLiveDataRedisRelay</c> on the builder <c>AddShotTrackerLiveData</c> returns.
/// </summary>
/// <remarks>
/// <para>
/// Each message is kept byte for byte with the time it was received (see <see cref="LiveDataRedisRelayOptions"/> for
/// the key layout). A sequenced message's entry id is its <c>seq</c>, so Redis itself refuses a second copy: that is
/// counted as a duplicate (<see cref="LiveDataRedisRelayStatistics.SequencedDuplicates"/>), never an error. Two relays
/// of the same game (the same game list on two hosts) therefore write every seq once, and their non-sequenced frames
/// once by the rule of the frame script (content hash within <see cref="LiveDataRedisRelayOptions.DuplicateWindow"/>,
/// entry id from the payload's timestamp).
/// </para>
/// <para>
/// The stream is the checkpoint: a game's client resumes after the sequence of the newest entry in its <c>seq</c>
/// stream, after a restart of the relay as after any failure. A game's writes are pipelined (a bounded queue, several
/// writes in flight, answers taken in order). While Redis is unavailable the relay retries with backoff
/// (<see cref="LiveDataRedisRelayOptions.RetryDelay"/> doubling up to
/// <see cref="LiveDataRedisRelayOptions.MaxRetryDelay"/>) from the first write that did not succeed, its queue fills
/// and its client waits: nothing sequenced is skipped, and the end-of-game marker follows every message before it.
/// Stopping the relay abandons the writes still queued; the next start resumes from Redis.
/// </para>
/// <para>
/// To record each game on its own (to replay it later), set <see cref="LiveDataRedisRelayOptions.RecorderFactory"/>:
/// every game gets its recorder, handed each message after Redis holds it. The configuration's
/// <see cref="LiveDataClientOptions.Recorder"/>, if any, still sees the messages of every game.
/// </para>
/// <para>A game's relay stops when its game ends (the service closes normally); the host keeps running.</para>
/// </remarks>
public sealed class LiveDataRedisRelay : BackgroundService
{
    private readonly LiveDataRedisRelayOptions _options;
    private readonly RelaySettings _settings;
    private readonly LiveDataClientFactory _factory;
    private readonly string _configurationName;
    private readonly ILogger _logger;
    private readonly Meter? _ownMeter;
    private readonly RelayCounters _counters;

    internal LiveDataRedisRelay(
        LiveDataRedisRelayOptions options,
        LiveDataClientFactory factory,
        string configurationName,
        TimeProvider timeProvider,
        ILoggerFactory? loggerFactory,
        IMeterFactory? meterFactory)
    {
        options.Validate();
        _options = options;
        _settings = RelaySettings.From(options, timeProvider);
        _factory = factory;
        _configurationName = configurationName;
        _logger = (ILogger?)loggerFactory?.CreateLogger<LiveDataRedisRelay>() ?? NullLogger.Instance;
        // A meter from the container's factory belongs to the container; one made here is disposed with the relay.
        _ownMeter = meterFactory is null ? new Meter(RelayCounters.MeterName) : null;
        _counters = new RelayCounters(meterFactory?.Create(RelayCounters.MeterName) ?? _ownMeter!);
    }

    /// <summary>Gets the ids of the games this relay follows.</summary>
    public IReadOnlyList<string> Games => _options.Games.ToArray();

    /// <summary>Gets a snapshot of the relay's counters.</summary>
    /// <returns>The counters at the time of the call, summed over the games.</returns>
    public LiveDataRedisRelayStatistics GetStatistics() => _counters.Snapshot();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var endpoints = RedisConfiguration.Redact(_options.Configuration);
        RelayLog.Connecting(_logger, endpoints);

        // Not aborting on a failed first connect: the multiplexer keeps trying in the background, and every write
        // retries with backoff meanwhile, so a Redis that is down at start delays the relay instead of failing it.
        var connection = await ConnectionMultiplexer.ConnectAsync(RedisConfiguration.Parse(_options.Configuration!)).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (!connection.IsConnected)
            {
                RelayLog.NotConnected(_logger, endpoints);
            }

            var database = connection.GetDatabase();
            var games = _options.Games.Select(game => new GameRelay(
                _factory,
                _configurationName,
                new RedisGameWriter(database, RedisGameKeys.For(_settings.KeyPrefix, game), _settings, _counters, _logger),
                _settings,
                _counters,
                _logger).RunAsync(stoppingToken));
            await Task.WhenAll(games).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _ownMeter?.Dispose();
        base.Dispose();
    }
}
