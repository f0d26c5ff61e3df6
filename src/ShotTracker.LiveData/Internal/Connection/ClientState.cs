using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// What a client keeps about itself, whatever feeds it: its <see cref="LiveDataConnectionState"/> and the handlers of
/// its <c>ConnectionStateChanged</c> and <c>Resumed</c> events, its <c>LastSequence</c>, and the counters behind
/// <c>GetStatistics</c>. <see cref="LiveDataClient"/>, <see cref="InMemoryLiveDataClient"/> and
/// <see cref="NdjsonReplayClient"/> each own one, so they behave alike: handlers run one at a time, in the order
/// raised, on a background task and never on the thread that feeds the stream; an exception a handler throws is
/// logged and ignored; a stream ends only after the handlers of its last state change have run.
/// </summary>
/// <remarks>
/// The layers below (the connection's lifecycle, the ingest of each message) report to this type and never to the
/// public client above them; the client forwards its events, <c>State</c>, <c>LastSequence</c> and statistics here.
/// </remarks>
internal sealed class ClientState
{
    private readonly object _sender;
    private readonly HandlerDispatcher _handlers;
    private int _state;
    private volatile bool _delivered;

    /// <summary>Initializes the state of a client.</summary>
    /// <param name="sender">The public client: the sender its event handlers see.</param>
    /// <param name="logger">Where a failing handler is logged.</param>
    /// <param name="metrics">The metrics the counters record too, or <see langword="null"/> for none.</param>
    /// <param name="lastSequence">The sequence to resume after, or <see langword="null"/>.</param>
    public ClientState(object sender, ILogger logger, LiveDataMetrics? metrics, long? lastSequence)
    {
        _sender = sender;
        Counters = new ClientCounters(metrics);
        ResumePoint = new ResumePoint(lastSequence);
        _handlers = new HandlerDispatcher(logger, Counters);
    }

    /// <summary>Occurs when <see cref="State"/> changes; raised through the handler dispatch.</summary>
    public event EventHandler<LiveDataConnectionStateChangedEventArgs>? StateChanged;

    /// <summary>Occurs when a connection opened with <c>last_seq</c> resumed; raised through the handler dispatch.</summary>
    public event EventHandler<LiveDataResumedEventArgs>? Resumed;

    /// <summary>Gets the public client's type name, for messages (<c>LiveDataClient</c>).</summary>
    public string ClientName => _sender.GetType().Name;

    /// <summary>Gets the current state; readable from any thread.</summary>
    public LiveDataConnectionState State => (LiveDataConnectionState)Volatile.Read(ref _state);

    /// <summary>Gets the counters behind the statistics.</summary>
    public ClientCounters Counters { get; }

    /// <summary>Gets the last sequence delivered to every consumer (the client's <c>LastSequence</c>).</summary>
    public ResumePoint ResumePoint { get; }

    /// <summary>
    /// Gets whether a connection of any of the client's streams has delivered: a later stream of the same client is
    /// going on with a game, not making a first connection (see <see cref="FirstConnection"/>).
    /// </summary>
    public bool HasDelivered => _delivered;

    /// <summary>Notes that a connection of one of the client's streams delivered.</summary>
    public void Delivered() => _delivered = true;

    /// <summary>
    /// Gets whether a disposal must not wait for the stream to stop: called from a handler or an inline loop body,
    /// whose return the stop is waiting for (see <see cref="UserCallbacks"/>).
    /// </summary>
    public static bool IsCalledFromUserCallback => UserCallbacks.IsRunning;

    /// <summary>Sets the state and raises <see cref="StateChanged"/> with the reason and details.</summary>
    /// <param name="state">The new state.</param>
    /// <param name="reason">Why it changed.</param>
    /// <param name="attempt">The connection attempt, counted from 1, or 0.</param>
    /// <param name="closeStatus">The close status of the connection that ended, if any.</param>
    /// <param name="closeStatusDescription">Its description, if any.</param>
    /// <param name="exception">The failure, if any.</param>
    /// <param name="resumedFromSequence">The <c>last_seq</c> a connection was opened with, if any.</param>
    public void Set(
        LiveDataConnectionState state,
        LiveDataDisconnectReason reason,
        int attempt = 0,
        WebSocketCloseStatus? closeStatus = null,
        string? closeStatusDescription = null,
        Exception? exception = null,
        long? resumedFromSequence = null)
    {
        var previous = (LiveDataConnectionState)Interlocked.Exchange(ref _state, (int)state);
        if (StateChanged is not { } handler)
        {
            return;
        }

        var args = new LiveDataConnectionStateChangedEventArgs(previous, state, reason)
        {
            Attempt = attempt,
            CloseStatus = closeStatus,
            CloseStatusDescription = closeStatusDescription,
            Exception = exception,
            ResumedFromSequence = resumedFromSequence,
        };
        var sender = _sender;
        _handlers.Post(() => handler(sender, args));
    }

    /// <summary>Raises <see cref="Resumed"/>.</summary>
    /// <param name="args">What the resume re-sent.</param>
    public void RaiseResumed(LiveDataResumedEventArgs args)
    {
        if (Resumed is { } handler)
        {
            var sender = _sender;
            _handlers.Post(() => handler(sender, args));
        }
    }

    /// <summary>Completes once every handler raised so far has run.</summary>
    /// <returns>A task that completes when no handler is pending.</returns>
    public Task WhenHandlersIdleAsync() => _handlers.WhenIdleAsync();

    /// <summary>Takes a snapshot of the counters with the current <see cref="ResumePoint"/>.</summary>
    /// <param name="pendingEvents">How many events wait for the consumer furthest behind.</param>
    /// <param name="subscribers">How many streams run.</param>
    /// <returns>The statistics.</returns>
    public LiveDataClientStatistics Snapshot(int pendingEvents = 0, int subscribers = 0) =>
        Counters.Snapshot(ResumePoint.Value, pendingEvents, subscribers);
}
