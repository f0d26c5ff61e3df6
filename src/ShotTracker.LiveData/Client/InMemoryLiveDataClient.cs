using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using ShotTracker.LiveData.Internal.Connection;

namespace ShotTracker.LiveData;

/// <summary>
/// An <see cref="ILiveDataClient"/> that streams a fixed list of events without a socket: for unit tests of an app's
/// own event handling. It behaves like a client whose service sends exactly these events and then closes normally.
/// </summary>
/// <remarks>
/// <para>
/// Like <see cref="LiveDataClient"/>, each <see cref="StreamAsync(CancellationToken)"/> resumes after <see cref="LastSequence"/>: a
/// sequenced event at or below it is skipped (exactly once), so a test can stop, stream again and see the rest. Events
/// of non-sequenced sources are delivered on every stream. State changes run Connecting, Connected, then Closed with
/// <see cref="LiveDataDisconnectReason.ServerClosed"/> (or <see cref="LiveDataDisconnectReason.ByUser"/> when
/// stopped); statistics count what was delivered. Build events with the model records, or parse recorded messages with
/// <c>LiveDataMessageSerializer.Deserialize</c>.
/// </para>
/// <para>
/// Several streams may run at once, as subscribers of the real client's shared connection that all joined before its
/// first message: each yields the events after the <see cref="LastSequence"/> at its start, filtered by its
/// <see cref="LiveDataSubscription"/> the way the real client filters (<see cref="LiveDataSubscription.Sources"/>, and
/// <see cref="LiveDataSubscription.EmitGapEvents"/> for <see cref="LiveDataGapEvent"/>s in the list). Nothing is
/// buffered, so back-pressure settings have no effect. The state is Connected while any stream runs. Handlers run as
/// the live client's do: one at a time, in order, on a background task, never on the streaming thread; a stream ends
/// after the handlers of its last state change have run.
/// </para>
/// </remarks>
public sealed class InMemoryLiveDataClient : ILiveDataClient
{
    private readonly IReadOnlyList<LiveDataEvent> _events;
    private readonly ClientState _state;
    private readonly object _countGate = new(); // the counters take one writer at a time; streams may run at once
    private int _streams;
    private bool _disposed;

    /// <summary>Initializes a client that streams <paramref name="events"/>.</summary>
    /// <param name="events">The events, in the order the service would send them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is <see langword="null"/>.</exception>
    public InMemoryLiveDataClient(IEnumerable<LiveDataEvent> events)
    {
        _events = (events ?? throw new ArgumentNullException(nameof(events))).ToArray();
        if (_events.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(events), "The events must not contain null.");
        }

        _state = new ClientState(this, NullLogger.Instance, metrics: null, lastSequence: null);
    }

    /// <inheritdoc />
    public event EventHandler<LiveDataConnectionStateChangedEventArgs>? ConnectionStateChanged
    {
        add => _state.StateChanged += value;
        remove => _state.StateChanged -= value;
    }

    /// <inheritdoc />
    /// <remarks>Never raised: there is no reconnect to resume.</remarks>
    public event EventHandler<LiveDataResumedEventArgs>? Resumed
    {
        add { }
        remove { }
    }

    /// <inheritdoc />
    public LiveDataConnectionState State => _state.State;

    /// <inheritdoc />
    public long? LastSequence => _state.ResumePoint.Value;

    /// <inheritdoc />
    public LiveDataClientStatistics GetStatistics() => _state.Snapshot(subscribers: Volatile.Read(ref _streams));

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return StreamCoreAsync(accepts: null, gaps: true, cancellationToken);
    }

    /// <summary>Yields the events <paramref name="subscription"/> asks for, like <see cref="LiveDataClient.StreamAsync(LiveDataSubscription, CancellationToken)"/>.</summary>
    /// <param name="subscription">The sources to yield (empty: all) and whether to yield gap events.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="subscription"/> names a value that is not a source.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(LiveDataSubscription subscription, CancellationToken cancellationToken = default)
    {
        if (subscription is null)
        {
            throw new ArgumentNullException(nameof(subscription));
        }

        if (subscription.Sources.Any(s => !Enum.IsDefined(typeof(LiveDataSource), s)))
        {
            throw new ArgumentException("LiveDataSubscription.Sources contains a value that is not a LiveDataSource.", nameof(subscription));
        }

        ThrowIfDisposed();
        return StreamCoreAsync(subscription.Sources.Count == 0 ? null : new HashSet<LiveDataSource>(subscription.Sources), subscription.EmitGapEvents, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Volatile.Write(ref _disposed, true);
        return default;
    }

    /// <summary>Returns a description with the number of events and the state.</summary>
    /// <returns>For example <c>InMemoryLiveDataClient(120 events, Closed)</c>.</returns>
    public override string ToString() => $"InMemoryLiveDataClient({_events.Count} events, {State})";

    private async IAsyncEnumerable<LiveDataEvent> StreamCoreAsync(HashSet<LiveDataSource>? accepts, bool gaps, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _streams) == 1)
        {
            SetState(LiveDataConnectionState.Connecting, LiveDataDisconnectReason.None);
            SetState(LiveDataConnectionState.Connected, LiveDataDisconnectReason.None);
        }

        var reason = LiveDataDisconnectReason.ByUser;
        var last = _state.ResumePoint.Raw;
        try
        {
            foreach (var listed in _events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Volatile.Read(ref _disposed))
                {
                    // Like the real client: a loop stopped by disposal is told so, never ended as if the game were over.
                    throw new OperationCanceledException("The InMemoryLiveDataClient was disposed while the stream was running.");
                }

                var sequence = listed is InvalidLiveDataEvent ? null : listed.Sequence;
                if (sequence is { } seq && seq <= last)
                {
                    continue;
                }

                if (Filter(listed, accepts, gaps) is not { } item)
                {
                    continue;
                }

                Count(item);
                if (sequence is { } delivered)
                {
                    last = delivered;
                    _state.ResumePoint.Advance(delivered);
                }

                yield return item;
                await Task.Yield();
            }

            reason = LiveDataDisconnectReason.ServerClosed;
        }
        finally
        {
            if (Interlocked.Decrement(ref _streams) == 0)
            {
                SetState(LiveDataConnectionState.Closed, reason);
            }

            await _state.WhenHandlersIdleAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What a subscriber with this filter receives of <paramref name="item"/>, as the real client decides it.</summary>
    private static LiveDataEvent? Filter(LiveDataEvent item, HashSet<LiveDataSource>? accepts, bool gaps)
    {
        if (item is LiveDataGapEvent gap)
        {
            if (!gaps)
            {
                return null;
            }

            return accepts is null ? gap : gap.Sources.Where(accepts.Contains).ToArray() is { Length: > 0 } sources ? gap with { Sources = sources } : null;
        }

        return accepts is null || item is InvalidLiveDataEvent || (item.Source is { } source && accepts.Contains(source)) ? item : null;
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(InMemoryLiveDataClient));
        }
    }

    private void Count(LiveDataEvent item)
    {
        lock (_countGate)
        {
            _state.Counters.Count(item, size: 0);
        }
    }

    private void SetState(LiveDataConnectionState state, LiveDataDisconnectReason reason) =>
        _state.Set(
            state,
            reason,
            attempt: state == LiveDataConnectionState.Connecting ? 1 : 0,
            closeStatus: reason == LiveDataDisconnectReason.ServerClosed ? System.Net.WebSockets.WebSocketCloseStatus.NormalClosure : null);
}
