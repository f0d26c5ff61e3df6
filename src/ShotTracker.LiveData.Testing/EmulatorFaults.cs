namespace ShotTracker.LiveData.Testing;

/// <summary>
/// Misbehaviour the emulator injects on demand, so that a client's handling of dropped connections, dead
/// keep-alives, bad frames and refused tokens can be tested. All faults are off by default.
/// </summary>
/// <remarks>Message counts are per connection and count data messages actually sent on it (after the source filter).</remarks>
public sealed class EmulatorFaults
{
    /// <summary>Gets or sets after how many sent messages each connection is aborted (no close handshake).</summary>
    /// <value>The default is <see langword="null"/>: never.</value>
    public int? DropEveryMessages { get; set; }

    /// <summary>
    /// Gets or sets sequence numbers after which the connection is aborted: each one drops one connection, once, right
    /// after the message with that <c>seq</c> is sent (or passed over by the connection's source filter).
    /// </summary>
    /// <value>The default is empty.</value>
    public IReadOnlyCollection<long> DropAtSequences { get; set; } = [];

    /// <summary>Gets or sets whether <c>{"type":"ping"}</c> goes unanswered (pings are still counted).</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool IgnorePings { get; set; }

    /// <summary>Gets or sets after how many sent messages each connection sends one frame that is not valid JSON.</summary>
    /// <value>The default is <see langword="null"/>: never.</value>
    public int? MalformedFrameAfterMessages { get; set; }

    /// <summary>
    /// Gets or sets after how many sent messages each connection sends one data message of a source no client knows
    /// (<see cref="UnknownSourceName"/>).
    /// </summary>
    /// <value>The default is <see langword="null"/>: never.</value>
    public int? UnknownSourceAfterMessages { get; set; }

    /// <summary>Gets or sets an extra wait before every data message, on top of the pace.</summary>
    /// <value>The default is <see cref="TimeSpan.Zero"/>.</value>
    public TimeSpan MessageDelay { get; set; }

    /// <summary>Gets or sets whether every handshake is refused with HTTP 401, whatever the token.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool RefuseAllTokens { get; set; }

    /// <summary>
    /// Gets or sets after how many sent messages each connection is closed with 1001 (going away), as a gateway does
    /// when a connection reaches its maximum lifetime. A client should reconnect and resume.
    /// </summary>
    /// <value>The default is <see langword="null"/>: never.</value>
    public int? GoingAwayAfterMessages { get; set; }

    /// <summary>Gets or sets the largest WebSocket frame sent: longer messages are split over several frames.</summary>
    /// <value>The default is <see langword="null"/>: one frame per message.</value>
    public int? MaxFrameBytes { get; set; }

    /// <summary>
    /// Gets or sets whether envelopes are sent with <c>data</c> first and the other properties after it in reverse
    /// order (<c>{"data":{…},"seq":…,"source":…,"type":"data"}</c>): the wire does not guarantee property order.
    /// </summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool DataBeforeSource { get; set; }

    /// <summary>
    /// Gets or sets whether a refused token is answered by upgrading and then closing with 1008 (policy violation)
    /// instead of HTTP 401; the wire contract allows both.
    /// </summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool RefuseTokensWithClose1008 { get; set; }

    /// <summary>
    /// Gets or sets how many of the token endpoint's first requests (<see cref="LiveDataEmulator.TokenUriTemplate"/>)
    /// are answered 503 (service unavailable), as a token service having a bad moment would; the requests after them
    /// are answered as usual. Counted over the emulator's lifetime; raising it while running fails that many more.
    /// </summary>
    /// <value>The default is 0.</value>
    public int TokenRequestFailures { get; set; }

    /// <summary>The <c>source</c> of the message sent by <see cref="UnknownSourceAfterMessages"/>.</summary>
    public const string UnknownSourceName = "emulatorunknownsource";

    /// <summary>The exact frame sent by <see cref="MalformedFrameAfterMessages"/>: a truncated chart message.</summary>
    public const string MalformedFrame = "{\"type\":\"data\",\"source\":\"chart\",\"data\":{\"eid\":\"trunc";

    internal void Validate()
    {
        if (DropEveryMessages is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(DropEveryMessages), DropEveryMessages, "Must be at least 1.");
        }

        if (GoingAwayAfterMessages is < 1 || MaxFrameBytes is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(GoingAwayAfterMessages), "Counts and sizes must be at least 1.");
        }

        if (MalformedFrameAfterMessages is < 0 || UnknownSourceAfterMessages is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MalformedFrameAfterMessages), "Message counts must not be negative.");
        }

        if (TokenRequestFailures < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TokenRequestFailures), TokenRequestFailures, "Must not be negative.");
        }

        if (MessageDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MessageDelay), MessageDelay, "Must not be negative.");
        }

        if (DropAtSequences is null)
        {
            throw new ArgumentNullException(nameof(DropAtSequences));
        }
    }
}
