using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData;

/// <summary>
/// A client for the Live Data V2 WebSocket API: one call to <see cref="StreamAsync(CancellationToken)"/> yields every
/// message as a typed <see cref="LiveDataEvent"/>, keeps the connection alive, and reconnects and resumes with
/// <c>last_seq</c> so each sequenced message is delivered exactly once, in order.
/// </summary>
/// <remarks>
/// <para>
/// Several enumerations of <see cref="StreamAsync(CancellationToken)"/> or
/// <see cref="StreamAsync(LiveDataSubscription, CancellationToken)"/> may run at once: each is a subscriber of one
/// shared connection, with its own buffer, source filter and back-pressure. The connection opens with the first
/// subscriber and closes when the last one leaves; a subscriber that joins a running connection starts at the next
/// message. A stream started after the connection closed opens a new one that resumes after <see cref="LastSequence"/>.
/// <see cref="State"/>, <see cref="LastSequence"/> and <see cref="GetStatistics"/> may be
/// read from any thread at any time. <see cref="ConnectionStateChanged"/> and <see cref="Resumed"/> handlers run one at
/// a time, in order, on a background task, never on the receive loop: a slow handler delays later handlers, not the
/// stream. Exceptions they throw are logged and ignored. When the stream ends, it ends after the handlers of its last
/// state change have run.
/// </para>
/// <para>The subscription token never appears in logs, exception messages or <see cref="ToString"/>.</para>
/// </remarks>
public sealed partial class LiveDataClient : ILiveDataClient
{
    private readonly ClientSettings _settings;
    private readonly ILogger _logger;
    private readonly ClientState _state;
    private readonly SharedStream _streams;

    /// <summary>Initializes a new client. Nothing connects until <see cref="StreamAsync(CancellationToken)"/> is enumerated.</summary>
    /// <param name="options">The configuration; validated and copied here.</param>
    /// <param name="logger">Where to log connection events; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public LiveDataClient(LiveDataClientOptions options, ILogger<LiveDataClient>? logger = null)
        : this(options, logger, tokenProvider: null, lastSequence: null)
    {
    }

    /// <summary>
    /// Initializes a client whose token provider, resume point and recorder, when given, replace
    /// <see cref="LiveDataClientOptions.TokenProvider"/>, <see cref="LiveDataClientOptions.LastSequence"/> and
    /// <see cref="LiveDataClientOptions.Recorder"/> (the DI factory's per-game values; the options it reads are shared
    /// by every game).
    /// </summary>
    internal LiveDataClient(LiveDataClientOptions options, ILogger? logger, ILiveDataTokenProvider? tokenProvider, long? lastSequence, ILiveDataMessageRecorder? recorder = null)
    {
        if (lastSequence < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lastSequence), lastSequence, "The sequence to resume after must not be negative.");
        }

        _settings = ClientSettings.Create(options, tokenProvider, recorder);
        _logger = logger ?? NullLogger.Instance;
        _state = new ClientState(this, _logger, LiveDataMetrics.Create(options.MeterFactory), lastSequence ?? _settings.LastSequence);
        _streams = new SharedStream(_state, _settings.Delivery, _logger, ingest => new ConnectionLifecycle(_settings, _state, ingest, _logger));
    }

    /// <summary>Occurs when <see cref="State"/> changes, with the typed reason (a lost network, a silent feed, a refused token…).</summary>
    public event EventHandler<LiveDataConnectionStateChangedEventArgs>? ConnectionStateChanged
    {
        add => _state.StateChanged += value;
        remove => _state.StateChanged -= value;
    }

    /// <summary>
    /// Occurs on a connection opened with <c>last_seq</c> when the first sequenced message above it arrives, with how
    /// many already-delivered messages the service re-sent before it.
    /// </summary>
    public event EventHandler<LiveDataResumedEventArgs>? Resumed
    {
        add => _state.Resumed += value;
        remove => _state.Resumed -= value;
    }

    /// <summary>Gets the current connection state.</summary>
    public LiveDataConnectionState State => _state.State;

    /// <summary>
    /// Gets the sequence number of the last sequenced message handed to the consumer (or the configured
    /// <see cref="LiveDataClientOptions.LastSequence"/> before any), or <see langword="null"/>. Save it to resume after a
    /// process restart by passing it back as <see cref="LiveDataClientOptions.LastSequence"/>.
    /// </summary>
    /// <remarks>
    /// With several subscribers, the last sequenced message every one of them has been handed (or did not want,
    /// having filtered its source out), so resuming after it loses none of them anything.
    /// </remarks>
    public long? LastSequence => _state.ResumePoint.Value;

    /// <summary>Gets a snapshot of the client's counters.</summary>
    /// <returns>The counters at the time of the call.</returns>
    public LiveDataClientStatistics GetStatistics()
    {
        return _streams.Snapshot();
    }

    /// <summary>
    /// Connects (or joins the running connection) and yields every message until the service closes normally (status
    /// 1000), the enumeration is cancelled or abandoned, or the stream fails for good.
    /// </summary>
    /// <param name="cancellationToken">
    /// Stops this stream: the enumeration throws <see cref="OperationCanceledException"/>, and when it was the last
    /// subscriber the connection is closed gracefully.
    /// </param>
    /// <returns>
    /// The typed events, in the order received; <see cref="InvalidLiveDataEvent"/> for messages that could not be read,
    /// <see cref="UnknownLiveDataEvent"/> for unknown ones (the stream goes on after both), and a
    /// <see cref="LiveDataGapEvent"/> after a reconnect when this stream had received non-sequenced data before it,
    /// unless <see cref="LiveDataClientOptions.EmitGapEvents"/> is off.
    /// Pongs are consumed.
    /// </returns>
    /// <remarks>
    /// <para>
    /// Uses the client's buffer and back-pressure policies, and waits when its buffer is full
    /// (<see cref="LiveDataSubscriberFullMode.Wait"/>): nothing is lost, but while it waits, so does every other
    /// subscriber of the connection. Use <see cref="StreamAsync(LiveDataSubscription, CancellationToken)"/> for a
    /// subscriber that must never hold the others up.
    /// </para>
    /// <para>
    /// While it is the connection's only subscriber, an event for a loop that is already waiting is handed over on the
    /// thread that read it, with no thread hop per message: the loop's body runs there until it asks for the next event
    /// or awaits something. A body that took longer than about a millisecond over its last event (or awaited) gets the
    /// next one on the thread pool instead, so the reader goes on reading, answering keep-alive and keeping the newest
    /// <see cref="LiveDataBackpressurePolicy.KeepLatest"/> values while the body works. With several subscribers every
    /// one is woken on the thread pool, so no subscriber's body runs on the thread that feeds the others.
    /// </para>
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    /// <exception cref="LiveDataAuthenticationException">Thrown by the enumeration when the token is refused, also after a fresh one.</exception>
    /// <exception cref="LiveDataMessageTooLargeException">Thrown by the enumeration when a message exceeds the size limit.</exception>
    /// <exception cref="LiveDataException">Thrown by the enumeration when connecting failed more often than the reconnect options allow.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(CancellationToken cancellationToken = default)
    {
        _streams.ThrowIfDisposed();
        return _streams.StreamAsync(_streams.ClientSubscriber, cancellationToken);
    }

    /// <summary>Stops a running stream with a graceful close (bounded by the close timeout) and waits until nothing of it runs.</summary>
    /// <returns>A task that completes when the client has stopped.</returns>
    /// <remarks>
    /// Idempotent. A running enumeration yields the events already received and then throws
    /// <see cref="OperationCanceledException"/>, so a loop stopped by disposal is never mistaken for a game that ended
    /// (which ends the loop normally). Called from a <see cref="ConnectionStateChanged"/> or <see cref="Resumed"/>
    /// handler, it stops the stream and returns at once: the stream finishes stopping after that handler returns. The
    /// same holds inside the <c>await foreach</c> body when it runs on the thread that read the event (see
    /// <see cref="StreamAsync(CancellationToken)"/>); the loop's end then waits for the stream to stop.
    /// </remarks>
    public ValueTask DisposeAsync() => _streams.DisposeAsync();

    /// <summary>Returns a description of the client with its endpoint (token redacted) and state.</summary>
    /// <returns>For example <c>LiveDataClient(wss://host/live, Connected)</c>.</returns>
    public override string ToString() => $"LiveDataClient({RedactedUri.Of(_settings.Endpoint)}, {State})";

    /// <summary>
    /// Gets or sets how long the loop body may take over an event and still get the next one on the reader's thread
    /// (<see cref="EventBuffer.DefaultInlineBudget"/> when <see langword="null"/>); tests raise it so a loaded machine
    /// cannot move the hand-off they check to the thread pool.
    /// </summary>
    internal TimeSpan? HandOffInlineBudget
    {
        get => _streams.InlineBudget;
        set => _streams.InlineBudget = value;
    }

    /// <summary>Gets whether the calling thread runs the stream's loop body inside the reader's hand-off (tests check it).</summary>
    internal bool IsConsumerOnReaderThread => _streams.IsConsumerOnReaderThread;

    /// <summary>Gets how many background tasks of this client run (tests check that disposal leaves none).</summary>
    internal int RunningBackgroundTasks => _state.Counters.RunningBackgroundTasks;
}
