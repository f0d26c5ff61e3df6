namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>What <see cref="Subscriber.Write"/> did with a message, for the <see cref="SubscriberSet"/> to act on.</summary>
internal enum SubscriberWrite
{
    /// <summary>Queued (or handed straight to the waiting loop).</summary>
    Queued,

    /// <summary>Not for this subscriber (filtered out, dropped as stale, or the subscriber has left).</summary>
    Skipped,

    /// <summary>Filtered out, and the subscriber's position moved past it: the client's resume point may move.</summary>
    Advanced,

    /// <summary>A sequenced message did not fit: the subscriber ended itself with an overflow.</summary>
    Overflowed,
}
