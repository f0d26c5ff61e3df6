namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// When the last message before a dropped connection arrived, so the first message after the reconnect can be
/// preceded by a <see cref="LiveDataGapEvent"/>. Used by the session's pump only (one thread at a time).
/// </summary>
internal sealed class GapTracker(TimeProvider time)
{
    // The system provider's timestamps are Stopwatch timestamps, so the pump's one clock read per message serves here too.
    private readonly bool _stopwatchClock = ReferenceEquals(time, TimeProvider.System);
    private long _lastReceived;
    private bool _anyReceived;
    private bool _pending;

    /// <summary>Notes a delivered message's receive time; a timestamp, cheaper than a wall-clock read per message.</summary>
    /// <param name="stopwatchTimestamp">The <see cref="System.Diagnostics.Stopwatch"/> timestamp the pump took for the message; used when the provider is the system clock.</param>
    public void Received(long stopwatchTimestamp)
    {
        _lastReceived = _stopwatchClock ? stopwatchTimestamp : time.GetTimestamp();
        _anyReceived = true;
    }

    /// <summary>A connection ended: if anything was received before, the next delivered message follows a gap.</summary>
    public void ConnectionEnded() => _pending |= _anyReceived;

    /// <summary>Takes the pending gap, from the last message before the drop until now (the first one after it).</summary>
    public bool TryTake(out DateTimeOffset from, out DateTimeOffset to)
    {
        if (!_pending)
        {
            from = to = default;
            return false;
        }

        _pending = false;
        to = time.GetUtcNow();
        from = to - time.GetElapsedTime(_lastReceived);
        return true;
    }
}
