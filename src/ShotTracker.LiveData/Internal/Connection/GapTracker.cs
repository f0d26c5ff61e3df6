namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// When the last message before a dropped connection arrived, so the first message after the reconnect can be
/// preceded by a <see cref="LiveDataGapEvent"/>. Used by the session's pump only (one thread at a time).
/// </summary>
internal sealed class GapTracker(TimeProvider time)
{
    private long _lastReceived;
    private bool _anyReceived;
    private bool _pending;

    /// <summary>Notes a delivered message's receive time; a timestamp, cheaper than a wall-clock read per message.</summary>
    public void Received()
    {
        _lastReceived = time.GetTimestamp();
        _anyReceived = true;
    }

    /// <summary>A connection ended: if anything was received before, the next delivered message follows a gap.</summary>
    public void ConnectionEnded() => _pending |= _anyReceived;

    /// <summary>Gets whether the next message follows a gap (a connection ended after something was received).</summary>
    public bool HasPendingGap => _pending;

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
