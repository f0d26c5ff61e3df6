using System.Diagnostics;
using System.Globalization;

namespace ShotTracker.LiveData.Redis;

/// <summary>
/// Configures a <see cref="LiveDataRedisRelay"/>: which Redis, which games, and how the streams are capped. Validated
/// when the relay is created (when the host starts).
/// </summary>
/// <remarks>
/// <para>Key layout, for a game <c>g</c> under the default <see cref="KeyPrefix"/>:</para>
/// <list type="table">
/// <listheader><term>key</term><description>content</description></listheader>
/// <item><term><c>livedata:{g}:seq</c></term><description>Every sequenced message (marker, chart, boxscorestatsv2,
/// possessions, possessionstats, lineupstats), entry id <c>{seq}-1</c>, never trimmed: the stream is the relay's
/// checkpoint.</description></item>
/// <item><term><c>livedata:{g}:location</c>, <c>:clock</c>, <c>:broadcastsummary</c></term><description>The
/// non-sequenced frames of each source, capped at about <see cref="LatestStreamMaxLength"/> entries (<c>MAXLEN ~</c>),
/// entry id <c>{T}-{n}</c> where <c>T</c> is the payload's timestamp (newest <c>locations[].t</c>, <c>at</c>) or, for
/// clock, the time the relay received it.</description></item>
/// <item><term><c>livedata:{g}:other</c></term><description>Messages with neither a <c>seq</c> nor a known
/// non-sequenced source (unknown types, unreadable frames), capped the same way.</description></item>
/// <item><term><c>livedata:{g}:{stream}:seen</c></term><description>A sorted set of the hashes of the frames written
/// to a non-sequenced stream within <see cref="DuplicateWindow"/>: how a second relay recognizes a frame the first
/// one wrote.</description></item>
/// </list>
/// <para>Every entry has two fields: <c>m</c>, the message exactly as received, and <c>r</c>, when the relay's client
/// received it (Unix milliseconds).</para>
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class LiveDataRedisRelayOptions
{
    /// <summary>
    /// Gets or sets the StackExchange.Redis configuration string, for example <c>redis1:6379,redis2:6379,password=…</c>.
    /// A password in it is never logged nor shown by <see cref="ToString"/>.
    /// </summary>
    /// <value>There is no default: required.</value>
    public string? Configuration { get; set; }

    /// <summary>Gets the ids of the games to relay; each is followed by its own client of the Live Data configuration.</summary>
    /// <value>The default is empty. At least one is required; an id must not contain <c>{</c> or <c>}</c>.</value>
    public IList<string> Games { get; } = new List<string>();

    /// <summary>Gets or sets the first part of every key.</summary>
    /// <value>The default is <c>livedata</c>. Must not be empty.</value>
    public string KeyPrefix { get; set; } = "livedata";

    /// <summary>Gets or sets about how many entries each non-sequenced stream keeps (<c>MAXLEN ~</c>).</summary>
    /// <value>The default is 10,000 (about 17 minutes of location at 10 Hz). Must be positive.</value>
    public int LatestStreamMaxLength { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets how far back, before a non-sequenced stream's newest entry, a frame is recognized as already
    /// written. It must cover how far apart two relays of a game receive the same frame (and, for clock frames, how far
    /// their hosts' clocks differ) while both are level on the sequenced messages: a relay behind the <c>seq</c> stream
    /// (another one already wrote a later <c>seq</c>) writes no non-sequenced frame at all, however far behind it is.
    /// </summary>
    /// <value>The default is 10 seconds. Must be positive.</value>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the first wait after a failed Redis write or read; it doubles after every failure in a row.</summary>
    /// <value>The default is 500 milliseconds. Must be positive.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest wait between attempts.</summary>
    /// <value>The default is 30 seconds. Must be at least <see cref="RetryDelay"/>.</value>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets a factory of each game's own recorder, so every game the relay follows can be recorded on its own
    /// (for example to <c>NdjsonRecorder.Create($"{gameId}.ndjson")</c>, a file to replay later).
    /// </summary>
    /// <value>The default is <see langword="null"/>: no game has a recorder of its own. Set it in code; a configuration section cannot.</value>
    /// <remarks>
    /// <para>
    /// It is called with the game id once per game, when the relay starts following the game; a
    /// <see langword="null"/> result records nothing for that game, and so does an exception (it is logged; the game
    /// is still relayed). The recorder is kept while the game's client is restarted after a failure: the new client
    /// resumes after the newest sequence in Redis, so no sequenced message is recorded twice. With two relays of a
    /// game (active-active) that resume point may include what only the other relay received, which this recording
    /// then lacks: for a complete recording of a game, read it back with a <see cref="RedisLiveDataClient"/> and its
    /// <see cref="RedisLiveDataClientOptions.Recorder"/>.
    /// </para>
    /// <para>
    /// The recorder is handed every message of its game, with the time the relay's client received it, after the
    /// message is in Redis and after the configuration's <see cref="LiveDataClientOptions.Recorder"/> (which still
    /// sees every game's messages); its failure is logged and costs neither Redis nor the game anything. The relay
    /// owns what the factory returns: it disposes an <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>
    /// recorder when the game's relay stops (the game ended, or the host is stopping).
    /// </para>
    /// </remarks>
    public Func<string, ILiveDataMessageRecorder?>? RecorderFactory { get; set; }

    /// <summary>Returns the options for logs, without the Redis password or any other secret of the configuration string.</summary>
    /// <returns>One line, <c>LiveDataRedisRelayOptions { … }</c>.</returns>
    public override string ToString() =>
        "LiveDataRedisRelayOptions { "
        + $"Configuration = {RedisConfiguration.Redact(Configuration)}, Games = [{string.Join(", ", Games)}], KeyPrefix = {KeyPrefix}, "
        + $"LatestStreamMaxLength = {LatestStreamMaxLength.ToString(CultureInfo.InvariantCulture)}, DuplicateWindow = {DuplicateWindow}, "
        + $"RetryDelay = {RetryDelay}, MaxRetryDelay = {MaxRetryDelay}, RecorderFactory = {(RecorderFactory is null ? "null" : "set")} }}";

    /// <summary>Throws when a value is out of range.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            throw new ArgumentException("LiveDataRedisRelayOptions.Configuration (the Redis configuration string) is required.");
        }

        if (Games.Count == 0)
        {
            throw new ArgumentException("LiveDataRedisRelayOptions.Games must name at least one game.");
        }

        foreach (var game in Games)
        {
            _ = Streams.RedisGameKeys.For("x", game);
        }

        if (Games.Distinct(StringComparer.Ordinal).Count() != Games.Count)
        {
            throw new ArgumentException("LiveDataRedisRelayOptions.Games names a game twice.");
        }

        if (string.IsNullOrEmpty(KeyPrefix))
        {
            throw new ArgumentException("LiveDataRedisRelayOptions.KeyPrefix must not be empty.");
        }

        if (LatestStreamMaxLength <= 0 || DuplicateWindow <= TimeSpan.Zero || RetryDelay <= TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            throw new ArgumentException($"LiveDataRedisRelayOptions has a value out of range: {this}.");
        }
    }

    private string DebuggerDisplay => FormattableString.Invariant($"{Games.Count} games under {KeyPrefix}");
}
