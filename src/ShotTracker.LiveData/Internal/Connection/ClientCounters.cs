using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Transport;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// Thread-safe counters behind <see cref="LiveDataClientStatistics"/>; each one also records the matching
/// <see cref="LiveDataMetrics"/> instrument, when the client has metrics (the live client does; the in-memory and
/// replay clients do not), so statistics and metrics always agree.
/// </summary>
internal sealed class ClientCounters(LiveDataMetrics? metrics) : IKeepAliveObserver
{
    private readonly long[] _bySource = new long[SourceTable.IndexCapacity];
    private long _unknown;
    private long _parseErrors;
    private long _duplicates;
    private long _coalesced;
    private long _dropped;
    private long _reconnects;
    private long _failedAttempts;
    private long _pings;
    private long _pongs;
    private long _keepAliveTimeouts;
    private int _backgroundTasks;

    /// <summary>Gets the client's metrics, or <see langword="null"/> when it records none.</summary>
    public LiveDataMetrics? Metrics => metrics;

    /// <summary>Gets how many of the client's background tasks (pump, keep-alive, closing) are running; 0 once stopped.</summary>
    public int RunningBackgroundTasks => Volatile.Read(ref _backgroundTasks);

    public void BackgroundTaskStarted() => Interlocked.Increment(ref _backgroundTasks);

    public void BackgroundTaskEnded() => Interlocked.Decrement(ref _backgroundTasks);

    /// <summary>Counts a data message; called by the session's pump only, one thread at a time.</summary>
    public void Message(LiveDataSource source, int size)
    {
        // One writer (the pump), so a plain increment published with a volatile write, not a locked read-modify-write
        // per message; Snapshot's Interlocked.Read still sees a whole value on 32-bit platforms.
        ref var count = ref _bySource[(int)source];
        Volatile.Write(ref count, count + 1);
        metrics?.Message(source, size);
    }

    /// <summary>
    /// Counts <paramref name="item"/> as what it is: a data message of its source, an unknown message, an unreadable
    /// one or a pong; a gap event is no message and counts nothing.
    /// </summary>
    /// <param name="item">The event read or delivered.</param>
    /// <param name="size">Its size in bytes on the wire, or 0 when there was no wire.</param>
    public void Count(LiveDataEvent item, int size)
    {
        switch (item)
        {
            case InvalidLiveDataEvent:
                ParseError();
                break;
            case PongEvent:
                Pong();
                break;
            case LiveDataGapEvent:
                break;
            case UnknownLiveDataEvent:
                Unknown(size);
                break;
            default:
                Message(item.Source!.Value, size);
                break;
        }
    }

    public void Unknown(int size)
    {
        Interlocked.Increment(ref _unknown);
        metrics?.Message(null, size);
    }

    public void ParseError()
    {
        Interlocked.Increment(ref _parseErrors);
        metrics?.ParseError();
    }

    public void Duplicate()
    {
        Interlocked.Increment(ref _duplicates);
        metrics?.Duplicate();
    }

    public void Coalesced() => Interlocked.Increment(ref _coalesced);

    public void Dropped() => Interlocked.Increment(ref _dropped);

    public void Reconnect(LiveDataDisconnectReason reason)
    {
        Interlocked.Increment(ref _reconnects);
        metrics?.Reconnect(reason);
    }

    public void FailedAttempt(LiveDataDisconnectReason reason)
    {
        Interlocked.Increment(ref _failedAttempts);
        metrics?.ConnectFailure(reason);
    }

    public void PingSent() => Interlocked.Increment(ref _pings);

    public void Pong() => Interlocked.Increment(ref _pongs);

    public void KeepAliveTimedOut() => Interlocked.Increment(ref _keepAliveTimeouts);

    public LiveDataClientStatistics Snapshot(long? lastSequence, int pendingEvents, int subscribers)
    {
        var bySource = new Dictionary<LiveDataSource, long>();
        foreach (var source in LiveDataSourceExtensions.All)
        {
            bySource[source] = Interlocked.Read(ref _bySource[(int)source]);
        }

        return new LiveDataClientStatistics(bySource)
        {
            UnknownMessages = Interlocked.Read(ref _unknown),
            ParseErrors = Interlocked.Read(ref _parseErrors),
            DuplicatesDropped = Interlocked.Read(ref _duplicates),
            MessagesCoalesced = Interlocked.Read(ref _coalesced),
            MessagesDropped = Interlocked.Read(ref _dropped),
            Reconnects = Interlocked.Read(ref _reconnects),
            FailedConnectionAttempts = Interlocked.Read(ref _failedAttempts),
            PingsSent = Interlocked.Read(ref _pings),
            PongsReceived = Interlocked.Read(ref _pongs),
            KeepAliveTimeouts = Interlocked.Read(ref _keepAliveTimeouts),
            LastSequence = lastSequence,
            PendingEvents = pendingEvents,
            Subscribers = subscribers,
        };
    }
}
