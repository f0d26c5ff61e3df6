using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData;

/// <summary>
/// An <see cref="ILiveDataClient"/> that streams a fixed list of events without a socket: for unit tests of an app's
/// own event handling. It behaves like a client whose service sends exactly these events and then closes normally.
/// </summary>
/// <remarks>
/// <para>
/// Like <see cref="LiveDataClient"/>, each <see cref="StreamAsync"/> resumes after <see cref="LastSequence"/>: a
/// sequenced event at or below it is skipped (exactly once), so a test can stop, stream again and see the rest. Events
/// of non-sequenced sources are delivered on every stream. State changes run Connecting, Connected, then Closed with
/// <see cref="LiveDataDisconnectReason.ServerClosed"/> (or <see cref="LiveDataDisconnectReason.ByUser"/> when
/// stopped); statistics count what was delivered. Build events with the model records, or parse recorded messages with
/// <c>LiveDataMessageSerializer.Deserialize</c>.
/// </para>
/// <para>One stream at a time; handlers run on the streaming thread.</para>
/// </remarks>
public sealed class InMemoryLiveDataClient : ILiveDataClient
{
    private readonly IReadOnlyList<LiveDataEvent> _events;
    private readonly Dictionary<LiveDataSource, long> _bySource = new();
    private long _lastSequence = -1;
    private long _unknown;
    private long _parseErrors;
    private int _state;
    private int _streaming;
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
    }

    /// <inheritdoc />
    public event EventHandler<LiveDataConnectionStateChangedEventArgs>? ConnectionStateChanged;

    /// <inheritdoc />
    /// <remarks>Never raised: there is no reconnect to resume.</remarks>
    public event EventHandler<LiveDataResumedEventArgs>? Resumed
    {
        add { }
        remove { }
    }

    /// <inheritdoc />
    public LiveDataConnectionState State => (LiveDataConnectionState)Volatile.Read(ref _state);

    /// <inheritdoc />
    public long? LastSequence => Interlocked.Read(ref _lastSequence) is var value and >= 0 ? value : null;

    /// <inheritdoc />
    public LiveDataClientStatistics GetStatistics()
    {
        lock (_bySource)
        {
            return new LiveDataClientStatistics(new Dictionary<LiveDataSource, long>(_bySource))
            {
                UnknownMessages = _unknown,
                ParseErrors = _parseErrors,
                LastSequence = LastSequence,
            };
        }
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    /// <exception cref="InvalidOperationException">Thrown by the enumeration when another stream of this client is running.</exception>
    public IAsyncEnumerable<LiveDataEvent> StreamAsync(CancellationToken cancellationToken = default)
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(InMemoryLiveDataClient));
        }

        return StreamCoreAsync(cancellationToken);
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

    private async IAsyncEnumerable<LiveDataEvent> StreamCoreAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _streaming, 1) != 0)
        {
            throw new InvalidOperationException("A stream of this client is already running; enumerate StreamAsync once at a time.");
        }

        var reason = LiveDataDisconnectReason.ByUser;
        try
        {
            SetState(LiveDataConnectionState.Connecting, LiveDataDisconnectReason.None);
            SetState(LiveDataConnectionState.Connected, LiveDataDisconnectReason.None);
            foreach (var item in _events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Volatile.Read(ref _disposed))
                {
                    // Like the real client: a loop stopped by disposal is told so, never ended as if the game were over.
                    throw new OperationCanceledException("The InMemoryLiveDataClient was disposed while the stream was running.");
                }

                var sequence = item is InvalidLiveDataEvent ? null : item.Sequence;
                if (sequence is { } seq && LastSequence is { } last && seq <= last)
                {
                    continue;
                }

                Count(item);
                if (sequence is { } delivered)
                {
                    Interlocked.Exchange(ref _lastSequence, delivered);
                }

                yield return item;
                await Task.Yield();
            }

            reason = LiveDataDisconnectReason.ServerClosed;
        }
        finally
        {
            SetState(LiveDataConnectionState.Closed, reason);
            Volatile.Write(ref _streaming, 0);
        }
    }

    private void Count(LiveDataEvent item)
    {
        lock (_bySource)
        {
            switch (item)
            {
                case InvalidLiveDataEvent:
                    _parseErrors++;
                    break;
                case { Source: { } source }:
                    _bySource[source] = _bySource.TryGetValue(source, out var n) ? n + 1 : 1;
                    break;
                default:
                    _unknown++;
                    break;
            }
        }
    }

    private void SetState(LiveDataConnectionState state, LiveDataDisconnectReason reason)
    {
        var previous = (LiveDataConnectionState)Interlocked.Exchange(ref _state, (int)state);
        try
        {
            ConnectionStateChanged?.Invoke(this, new LiveDataConnectionStateChangedEventArgs(previous, state, reason)
            {
                Attempt = state == LiveDataConnectionState.Connecting ? 1 : 0,
                CloseStatus = reason == LiveDataDisconnectReason.ServerClosed ? System.Net.WebSockets.WebSocketCloseStatus.NormalClosure : null,
            });
        }
        catch (Exception)
        {
            // Like the real client: a handler's exception is ignored and never ends the stream.
        }
    }
}
