using System.Diagnostics.Metrics;
using System.Globalization;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis;

/// <summary>The configuration of a <see cref="RedisLiveDataClient"/>: which Redis, which game, where to resume, and how to deliver.</summary>
/// <remarks>
/// The delivery settings (<see cref="Sources"/>, <see cref="BackpressurePolicies"/>, <see cref="EventBufferCapacity"/>,
/// <see cref="EmitGapEvents"/>, <see cref="Recorder"/>) mean what they mean on <see cref="LiveDataClientOptions"/>;
/// the options are validated and copied when the client is built, so later changes have no effect.
/// </remarks>
public sealed class RedisLiveDataClientOptions
{
    /// <summary>
    /// Gets or sets the StackExchange.Redis configuration string (for example <c>redis1:6379,password=…</c>); the
    /// client then opens and owns its own connection. A password never appears in logs, exceptions or
    /// <see cref="ToString"/>.
    /// </summary>
    /// <value>The default is <see langword="null"/>. Either this or <see cref="Connection"/> is required.</value>
    public string? Configuration { get; set; }

    /// <summary>
    /// Gets or sets a connection to use instead of <see cref="Configuration"/>; the client does not dispose it. The client
    /// waits for new entries with <c>XREAD BLOCK</c>, which holds the connection while it waits: give it one of its own.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public IConnectionMultiplexer? Connection { get; set; }

    /// <summary>Gets or sets the first part of every key: the relay's <see cref="LiveDataRedisRelayOptions.KeyPrefix"/>.</summary>
    /// <value>The default is <c>livedata</c>. Must not be empty.</value>
    public string KeyPrefix { get; set; } = "livedata";

    /// <summary>Gets or sets the id of the game to read, as the relay was configured with it.</summary>
    /// <value>There is no default: required; it must not contain <c>{</c> or <c>}</c>.</value>
    public string? GameId { get; set; }

    /// <summary>Gets or sets the sequence to resume after (a saved <see cref="RedisLiveDataClient.LastSequence"/>).</summary>
    /// <value>The default is <see langword="null"/>: the game from its first sequenced message. Must not be negative.</value>
    public long? LastSequence { get; set; }

    /// <summary>
    /// Gets the sources to read and deliver, as <see cref="LiveDataClientOptions.Sources"/> subscribes to them: the
    /// location, clock and broadcast summary streams are read only when their source is named, the stream of the
    /// sequenced messages only when a sequenced source is, and of that stream only the named sources are delivered
    /// (<see cref="RedisLiveDataClient.LastSequence"/> is then the last of those). Unknown and unreadable messages are
    /// delivered whatever the sources.
    /// </summary>
    /// <value>The default is empty, which means every source.</value>
    public ISet<LiveDataSource> Sources { get; } = new HashSet<LiveDataSource>();

    /// <summary>Gets or sets how many received events may wait for the consumer before the reading waits too.</summary>
    /// <value>The default is 1024. Must be positive.</value>
    public int EventBufferCapacity { get; set; } = 1024;

    /// <summary>Gets the per-source back-pressure policy. Sequenced sources only accept <see cref="LiveDataBackpressurePolicy.Buffer"/>.</summary>
    /// <value>The default is empty: every source is <see cref="LiveDataBackpressurePolicy.Buffer"/>.</value>
    public IDictionary<LiveDataSource, LiveDataBackpressurePolicy> BackpressurePolicies { get; } = new Dictionary<LiveDataSource, LiveDataBackpressurePolicy>();

    /// <summary>
    /// Gets or sets whether a stream yields a <see cref="LiveDataGapEvent"/> after Redis was unreachable, naming the
    /// non-sequenced sources that were interrupted.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool EmitGapEvents { get; set; } = true;

    /// <summary>
    /// Gets or sets a recorder handed every delivered message's bytes, as on <see cref="LiveDataClientOptions.Recorder"/>,
    /// with the time the relay received the message from the service (not the time it was read from Redis), so a
    /// recording made from Redis replays at the game's own pace.
    /// </summary>
    /// <value>The default is <see langword="null"/>: nothing is recorded.</value>
    /// <remarks>An entry in Redis that is not the relay's has no receive time: it is recorded as received now, on <see cref="TimeProvider"/>.</remarks>
    public ILiveDataMessageRecorder? Recorder { get; set; }

    /// <summary>Gets or sets the first wait after a failed read from Redis; it doubles after every failure in a row.</summary>
    /// <value>The default is 500 milliseconds. Must be positive.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest wait between reads that fail.</summary>
    /// <value>The default is 30 seconds. Must be at least <see cref="RetryDelay"/>.</value>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the factory of the client's meter, as on <see cref="LiveDataClientOptions.MeterFactory"/>.</summary>
    /// <value>The default is <see langword="null"/>: a static meter shared by every client in the process.</value>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>
    /// Gets or sets the clock of the retry backoff and gap events. The lag metric
    /// (<c>shottracker.livedata.message.lag</c>) is measured from the relay's receive time instead: the service's lag
    /// as the relay saw it, the same whenever the message is read back.
    /// </summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Returns the options for logs, without the Redis password or any other secret of the configuration string.</summary>
    /// <returns>One line, <c>RedisLiveDataClientOptions { … }</c>.</returns>
    public override string ToString() =>
        "RedisLiveDataClientOptions { "
        + $"Configuration = {(Connection is null ? RedisConfiguration.Redact(Configuration) : "(connection given)")}, KeyPrefix = {KeyPrefix}, GameId = {GameId}, "
        + $"LastSequence = {LastSequence?.ToString(CultureInfo.InvariantCulture) ?? "null"}, RetryDelay = {RetryDelay}, MaxRetryDelay = {MaxRetryDelay} }}";
}
