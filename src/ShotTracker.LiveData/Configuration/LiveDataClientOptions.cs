using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.WebSockets;
using Polly;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData;

/// <summary>Configures a <see cref="LiveDataClient"/>. Validated when the client is created.</summary>
/// <remarks>
/// The client copies nothing it does not need and reads these values when it is created; changing the options
/// afterwards has no effect on an existing client.
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class LiveDataClientOptions
{
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>Gets or sets the WebSocket endpoint (<c>wss://…</c>); the client appends the query string.</summary>
    /// <value>There is no default: the endpoint is required. <c>ws://</c> needs <see cref="AllowInsecureTransport"/>.</value>
    public Uri? Endpoint { get; set; }

    /// <summary>Gets or sets the provider asked for a subscription token before every connection attempt.</summary>
    /// <value>There is no default: required. See <see cref="LiveDataTokenProvider"/>.</value>
    public ILiveDataTokenProvider? TokenProvider { get; set; }

    /// <summary>Gets the sources to subscribe to, each sent as one <c>source=</c> parameter.</summary>
    /// <value>The default is empty, which means every source the token may see.</value>
    public ISet<LiveDataSource> Sources { get; } = new HashSet<LiveDataSource>();

    /// <summary>Gets or sets the <c>broadcast_summary_level</c> parameter (for example <c>game_stats</c>), passed as given.</summary>
    /// <value>The default is <see langword="null"/> (not sent).</value>
    public string? BroadcastSummaryLevel { get; set; }

    /// <summary>
    /// Gets extra query parameters passed through unchanged, for options the service adds over time. The names
    /// <c>token</c>, <c>source</c>, <c>broadcast_summary_level</c> and <c>last_seq</c> are reserved.
    /// </summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, string> AdditionalQueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets or sets the sequence number to resume after on the first connection (<c>last_seq</c>), typically the
    /// <see cref="LiveDataClient.LastSequence"/> an app saved before it restarted. Messages at or below it are not delivered.
    /// </summary>
    /// <value>The default is <see langword="null"/>: start from the beginning of the event. Must not be negative.</value>
    public long? LastSequence { get; set; }

    /// <summary>Gets or sets how long the client may send nothing before it sends a <c>{"type":"ping"}</c>.</summary>
    /// <value>The default is 15 seconds. Must be positive and at most 30 seconds (the service's limit).</value>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Gets or sets how long after a ping the client waits for anything at all (a pong or data) before it declares
    /// the connection dead, aborts it and reconnects.
    /// </summary>
    /// <value>The default is 10 seconds. Must be positive.</value>
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long one WebSocket handshake may take before the attempt counts as failed.</summary>
    /// <value>The default is 15 seconds. Must be positive.</value>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how long a graceful close handshake may take before the socket is aborted.</summary>
    /// <value>The default is 2 seconds. Must be positive.</value>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the largest message, in bytes, the client accepts (see <see cref="LiveDataMessageTooLargeException"/>).</summary>
    /// <value>The default is 16 MiB. Must be at least 1 KiB.</value>
    public int MaxMessageSize { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets or sets how many received events may wait for the consumer before the reader waits too (back-pressure).
    /// Events of <see cref="LiveDataBackpressurePolicy.KeepLatest"/> sources do not count against it.
    /// </summary>
    /// <value>The default is 1024. Must be positive.</value>
    public int EventBufferCapacity { get; set; } = 1024;

    /// <summary>
    /// Gets the per-source back-pressure policy. Sequenced sources only accept <see cref="LiveDataBackpressurePolicy.Buffer"/>.
    /// </summary>
    /// <value>The default is empty: every source is <see cref="LiveDataBackpressurePolicy.Buffer"/>, so nothing is ever dropped.</value>
    public IDictionary<LiveDataSource, LiveDataBackpressurePolicy> BackpressurePolicies { get; } = new Dictionary<LiveDataSource, LiveDataBackpressurePolicy>();

    /// <summary>
    /// Gets or sets whether a stream yields a <see cref="LiveDataGapEvent"/> after a reconnect, just before the first new
    /// message, naming the non-sequenced sources that were interrupted and for how long.
    /// </summary>
    /// <value>The default is <see langword="true"/>. Set <see langword="false"/> when every event must be a service message.</value>
    public bool EmitGapEvents { get; set; } = true;

    /// <summary>Gets or sets the backoff used between connection attempts.</summary>
    /// <value>The default is a <see cref="ReconnectOptions"/> with its defaults (0.5 s to 30 s, jitter, unlimited).</value>
    public ReconnectOptions Reconnect { get; set; } = new();

    /// <summary>
    /// Gets or sets how many attempts a stream makes to connect before any connection of it has delivered; then it
    /// fails with the last attempt's error, as SignalR's <c>StartAsync</c> throws when it cannot connect. A wrong
    /// endpoint path or query (a handshake answered with HTTP 4xx other than 401, 403, 408 and 429) and a host name
    /// that does not resolve end it at the first attempt: no retry fixes them. Once a connection has delivered, every
    /// later failure is retried under <see cref="Reconnect"/> (or <see cref="ReconnectPipeline"/>), which this does
    /// not replace: with its backoff, the default 5 attempts span about 7 seconds (a refused port). A stream that goes on
    /// with a game is no first connection: a second <c>StreamAsync</c> on a client that has delivered, or a client
    /// started from <see cref="LastSequence"/> (a checkpoint, a restarted worker), retries every failure as a reconnect.
    /// </summary>
    /// <value>
    /// The default is 5. Must be positive, or <see langword="null"/> for no limit of its own (the reconnect policy's
    /// <see cref="ReconnectOptions.MaxRetryAttempts"/> then decides, and only the 4xx and unknown host name end the
    /// first connection at once).
    /// </value>
    public int? FirstConnectionAttempts { get; set; } = 5;

    /// <summary>
    /// Gets or sets a Polly pipeline that runs each connection attempt instead of the one built from
    /// <see cref="Reconnect"/>. The client's own decisions stay in force: a refused token is never handed to it as a
    /// failure, and a normal close ends the stream.
    /// </summary>
    /// <value>The default is <see langword="null"/>: use <see cref="Reconnect"/>.</value>
    public ResiliencePipeline? ReconnectPipeline { get; set; }

    /// <summary>Gets or sets whether the client offers permessage-deflate compression (.NET 8 and later only).</summary>
    /// <value>The default is <see langword="true"/>. The netstandard2.0 build never offers it.</value>
    public bool EnableCompression { get; set; } = true;

    /// <summary>Gets or sets whether a <c>ws://</c> (unencrypted) endpoint is allowed. Meant for loopback tests.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool AllowInsecureTransport { get; set; }

    /// <summary>
    /// Gets or sets the <c>User-Agent</c> header of the WebSocket handshake; <see langword="null"/> sends none.
    /// </summary>
    /// <value>The default is <c>ShotTracker.LiveData/{version} ({runtime})</c>, for example
    /// <c>ShotTracker.LiveData/1.0.0 (.NET 10.0.0)</c>, so the service can tell SDK versions apart.</value>
    public string? UserAgent { get; set; } = LiveDataUserAgent.Default;

    /// <summary>Gets headers sent with every WebSocket handshake (for example a gateway's API key).</summary>
    /// <value>The default is empty. Values are never logged.</value>
    public IDictionary<string, string> RequestHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the HTTP proxy the WebSocket connects through (an HTTP CONNECT tunnel).</summary>
    /// <value>The default is <see langword="null"/>: the platform's default proxy settings.</value>
    public IWebProxy? Proxy { get; set; }

    /// <summary>
    /// Gets or sets a hook that configures each <see cref="ClientWebSocket"/> before it connects: client certificates,
    /// credentials, a remote-certificate check, keep-alive of the WebSocket protocol, buffer sizes.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    /// <remarks>
    /// It runs last, after <see cref="UserAgent"/>, <see cref="RequestHeaders"/>, <see cref="Proxy"/> and compression
    /// are applied, so what it sets wins; it runs once per connection attempt, on a background thread. The WebSocket
    /// protocol's own keep-alive (<see cref="ClientWebSocketOptions.KeepAliveInterval"/>) is off when it runs: the
    /// client's pings (<see cref="PingInterval"/>) keep the connection alive.
    /// </remarks>
    public Action<ClientWebSocketOptions>? ConfigureWebSocket { get; set; }

    /// <summary>
    /// Gets or sets a recorder that is handed every delivered message exactly as received, for example an
    /// <see cref="NdjsonRecorder"/> that writes the game to a file for later replay.
    /// </summary>
    /// <value>The default is <see langword="null"/>: nothing is recorded.</value>
    /// <remarks>See <see cref="ILiveDataMessageRecorder"/> for what is recorded and when.</remarks>
    public ILiveDataMessageRecorder? Recorder { get; set; }

    /// <summary>
    /// Gets or sets the factory the client creates its <see cref="Meter"/> (<see cref="LiveDataDiagnostics.MeterName"/>)
    /// with, so metrics are scoped to the app's container; the dependency injection integration sets it.
    /// </summary>
    /// <value>The default is <see langword="null"/>: a static meter shared by every client in the process.</value>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>Gets or sets the clock for keep-alive, timeouts, backoff and the message lag metric.</summary>
    /// <value>
    /// The default is <see cref="TimeProvider.System"/>; with dependency injection, the container's
    /// <see cref="TimeProvider"/> when it registers one and this is not set (setting <see cref="TimeProvider.System"/>
    /// keeps the system clock).
    /// </value>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set
        {
            _timeProvider = value;
            IsTimeProviderSet = true;
        }
    }

    /// <summary>Gets whether <see cref="TimeProvider"/> was set, to any clock: dependency injection then keeps it.</summary>
    internal bool IsTimeProviderSet { get; private set; }

    /// <summary>
    /// Returns the options' values for logs and diagnostics, with secrets redacted: the endpoint's <c>token</c>
    /// parameter and every request header and additional query parameter value show as <c>***</c>, and the token
    /// provider by its own <see cref="object.ToString"/> (the SDK's providers never print a token).
    /// </summary>
    /// <returns>One line, <c>LiveDataClientOptions { Endpoint = …, … }</c>.</returns>
    public override string ToString()
    {
        static string Names<T>(IEnumerable<T> values) => "[" + string.Join(", ", values) + "]";
        static string Redacted(IEnumerable<string> keys) => "[" + string.Join(", ", keys.Select(k => k + "=***")) + "]";
        var sources = Sources.Count == 0 ? "all" : Names(Sources.OrderBy(s => s).Select(s => s.ToWireName()));
        var backpressure = Names(BackpressurePolicies.OrderBy(p => p.Key).Select(p => $"{p.Key.ToWireName()}={p.Value}"));
        return "LiveDataClientOptions { "
            + $"Endpoint = {(Endpoint is null ? "null" : Internal.Diagnostics.RedactedUri.Of(Endpoint.IsAbsoluteUri ? Endpoint.AbsoluteUri : Endpoint.OriginalString))}, "
            + $"TokenProvider = {TokenProvider?.ToString() ?? "null"}, Sources = {sources}, "
            + $"BroadcastSummaryLevel = {BroadcastSummaryLevel ?? "null"}, AdditionalQueryParameters = {Redacted(AdditionalQueryParameters.Keys)}, "
            + $"LastSequence = {LastSequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}, "
            + $"PingInterval = {PingInterval}, PongTimeout = {PongTimeout}, ConnectTimeout = {ConnectTimeout}, CloseTimeout = {CloseTimeout}, "
            + $"MaxMessageSize = {MaxMessageSize}, EventBufferCapacity = {EventBufferCapacity}, BackpressurePolicies = {backpressure}, "
            + $"EmitGapEvents = {EmitGapEvents}, "
            + $"FirstConnectionAttempts = {FirstConnectionAttempts?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited"}, "
            + $"Reconnect = {Reconnect?.ToString() ?? "null"}, ReconnectPipeline = {(ReconnectPipeline is null ? "null" : "custom")}, "
            + $"UserAgent = {UserAgent ?? "null"}, RequestHeaders = {Redacted(RequestHeaders.Keys)}, Proxy = {(Proxy is null ? "default" : Proxy.GetType().Name)}, "
            + $"ConfigureWebSocket = {(ConfigureWebSocket is null ? "null" : "set")}, EnableCompression = {EnableCompression}, "
            + $"AllowInsecureTransport = {AllowInsecureTransport}, Recorder = {Recorder?.GetType().Name ?? "null"} }}";
    }

    // What a debugger shows for the options: where, what, from which sequence, and the token provider's type; never
    // a token (the provider is not asked), the query parameters, the headers or the endpoint's user info and query.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{Endpoint?.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) ?? "no endpoint"} [{Sources.ToWireNames()}], token provider {TokenProvider?.GetType().Name ?? "none"}, last seq {LastSequence}");
}
