using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Redis.Client;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis;

/// <summary>
/// An <see cref="ILiveDataClient"/> that reads a game back from the Redis streams a <see cref="LiveDataRedisRelay"/>
/// writes: the same typed events a <see cref="LiveDataClient"/> on the game yields, each sequenced message exactly
/// once and in order, so <see cref="Game.LiveGame"/>, broadcast delay, subscribers and checkpoints run on it unchanged.
/// </summary>
/// <remarks>
/// <para>
/// A stream starts with the newest broadcast summary, clock and location the relay wrote (a late joiner's state), then
/// every sequenced message after <see cref="LastSequence"/> (or from the start of the game) and every non-sequenced
/// frame as it is written. It ends normally at the relay's end-of-game marker, which the relay writes when the service
/// closed the game normally. While Redis is unreachable the state is <see cref="LiveDataConnectionState.Reconnecting"/>
/// and reads are retried with backoff from the same position: nothing is lost.
/// </para>
/// <para>
/// Subscribers, back-pressure, gap events, recording, statistics and the <see cref="ConnectionStateChanged"/> and
/// <see cref="Resumed"/> handlers behave as on <see cref="LiveDataClient"/> (the same core runs them): handlers run one
/// at a time, in order, on a background task. The Redis password never appears in logs, exceptions or
/// <see cref="ToString"/>.
/// </para>
/// <para>
/// Each message keeps the time the relay received it from the service: the recorder records it and the lag metric is
/// measured from it. Only the streams of the wanted <see cref="RedisLiveDataClientOptions.Sources"/> are read.
/// </para>
/// </remarks>
public sealed class RedisLiveDataClient : ILiveDataClient
{
    private readonly RedisClientSettings _settings;
    private readonly ILogger _logger;
    private readonly ClientState _state;
    private readonly SharedStream _streams;
    private readonly object _gate = new();
    private Task<IConnectionMultiplexer>? _ownConnection;

    /// <summary>Initializes a new client. Nothing is read until <see cref="StreamAsync(CancellationToken)"/> is enumerated.</summary>
    /// <param name="options">The configuration; validated and copied here.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public RedisLiveDataClient(RedisLiveDataClientOptions options, ILogger<RedisLiveDataClient>? logger = null)
    {
        _settings = RedisClientSettings.Create(options);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _state = new ClientState(this, _logger, LiveDataMetrics.Create(options.MeterFactory), _settings.LastSequence);
        _streams = new SharedStream(_state, _settings.Delivery, _logger, ingest => new RedisMessageFeed(_settings, ConnectAsync, _state, ingest, _logger));
    }

    /// <summary>Occurs when <see cref="State"/> changes: connecting to Redis, reading, Redis unreachable, the game ended.</summary>
    public event EventHandler<LiveDataConnectionStateChangedEventArgs>? ConnectionStateChanged
    {
        add => _state.StateChanged += value;
        remove => _state.StateChanged -= value;
    }

    /// <summary>Occurs when a stream started after <see cref="LastSequence"/> gets its first new sequenced message.</summary>
    public event EventHandler<LiveDataResumedEventArgs>? Resumed
    {
        add => _state.Resumed += value;
        remove => _state.Resumed -= value;
    }

    /// <summary>Gets the current state.</summary>
    public LiveDataConnectionState State => _state.State;

    /// <summary>
    /// Gets the sequence number of the last sequenced message handed to every consumer (or the configured
    /// <see cref="RedisLiveDataClientOptions.LastSequence"/> before any), or <see langword="null"/>. Save it to resume
    /// after a restart by passing it back as <see cref="RedisLiveDataClientOptions.LastSequence"/>.
    /// </summary>
    public long? LastSequence => _state.ResumePoint.Value;

    /// <summary>Gets a snapshot of the client's counters.</summary>
    /// <returns>The counters at the time of the call.</returns>
    public LiveDataClientStatistics GetStatistics() => _streams.Snapshot();

    /// <summary>Reads the game from Redis (or joins the running read) and yields every message until the game ends, the enumeration is cancelled or abandoned.</summary>
    /// <param name="cancellationToken">Stops this stream; when it was the last subscriber the reading stops too.</param>
    /// <returns>The typed events, as <see cref="LiveDataClient.StreamAsync(CancellationToken)"/> yields them; an entry that is not the relay's is an <see cref="InvalidLiveDataEvent"/>.</returns>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(CancellationToken cancellationToken = default)
    {
        _streams.ThrowIfDisposed();
        return _streams.StreamAsync(_streams.ClientSubscriber, cancellationToken);
    }

    /// <summary>Yields the messages <paramref name="subscription"/> asks for, as one subscriber of the client's shared read.</summary>
    /// <param name="subscription">This subscriber's settings; read now, so later changes have no effect.</param>
    /// <param name="cancellationToken">Stops this stream; when it was the last subscriber the reading stops too.</param>
    /// <returns>The typed events of the subscribed sources; see <see cref="LiveDataClient.StreamAsync(LiveDataSubscription, CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value of <paramref name="subscription"/> is invalid, or names a source the client does not deliver.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    /// <exception cref="LiveDataSubscriberOverflowException">Thrown by the enumeration when this subscriber fell too far behind.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(LiveDataSubscription subscription, CancellationToken cancellationToken = default)
    {
        _streams.ThrowIfDisposed();
        return _streams.StreamAsync(SubscriberSettings.Create(subscription, _streams.Delivery), cancellationToken);
    }

    /// <summary>Stops a running stream, waits until nothing of it runs, and closes the Redis connection the client opened.</summary>
    /// <returns>A task that completes when the client has stopped.</returns>
    /// <remarks>
    /// Idempotent. A running enumeration yields the events already received and then throws
    /// <see cref="OperationCanceledException"/>. A connection given as <see cref="RedisLiveDataClientOptions.Connection"/>
    /// is left open.
    /// </remarks>
    public async ValueTask DisposeAsync()
    {
        await _streams.DisposeAsync().ConfigureAwait(false);
        Task<IConnectionMultiplexer>? own;
        lock (_gate)
        {
            own = _ownConnection;
            _ownConnection = Task.FromException<IConnectionMultiplexer>(new ObjectDisposedException(nameof(RedisLiveDataClient)));
        }

        if (own is { IsCompletedSuccessfully: true })
        {
            await own.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Returns a description of the client with its Redis endpoints (no password), game and state.</summary>
    /// <returns>For example <c>RedisLiveDataClient([127.0.0.1:6379] (other settings ***), livedata:{g1}, Connected)</c>.</returns>
    public override string ToString() =>
        $"RedisLiveDataClient({(_settings.Connection is null ? RedisConfiguration.Redact(_settings.Configuration) : "(connection given)")}, {_settings.Keys.Prefix}, {State})";

    /// <summary>The given connection, or the client's own, opened once on first use (it then reconnects by itself).</summary>
    private Task<IConnectionMultiplexer> ConnectAsync()
    {
        if (_settings.Connection is { } given)
        {
            return Task.FromResult(given);
        }

        lock (_gate)
        {
            return _ownConnection ??= OpenAsync(_settings.Configuration!);
        }

        static async Task<IConnectionMultiplexer> OpenAsync(string configuration) =>
            await ConnectionMultiplexer.ConnectAsync(RedisConfiguration.Parse(configuration)).ConfigureAwait(false);
    }
}
