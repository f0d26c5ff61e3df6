namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>What became of one message the relay wrote.</summary>
internal enum WriteOutcome
{
    /// <summary>A new entry was added.</summary>
    Written,

    /// <summary>Already there (a second copy of a seq, or a frame another relay wrote): counted, not an error.</summary>
    Duplicate,

    /// <summary>
    /// A non-sequenced frame older than the stream's newest entry, or from a relay behind the <c>seq</c> stream (see
    /// <see cref="LatestFrameScript"/>): superseded, not written.
    /// </summary>
    Stale,
}
