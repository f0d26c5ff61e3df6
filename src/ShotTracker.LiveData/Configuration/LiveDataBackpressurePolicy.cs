namespace ShotTracker.LiveData;

/// <summary>
/// What the client does with a source's messages while the consumer of
/// <see cref="LiveDataClient.StreamAsync(CancellationToken)"/> is behind.
/// </summary>
/// <seealso cref="LiveDataClientOptions.BackpressurePolicies"/>
public enum LiveDataBackpressurePolicy
{
    /// <summary>
    /// Every message is kept, in order. When the client's buffer is full the reader waits for the consumer, so the
    /// back-pressure reaches the socket. The default for every source, and the only policy sequenced sources allow.
    /// </summary>
    Buffer = 0,

    /// <summary>
    /// Only the newest not-yet-consumed message of the source is kept: a new one replaces the waiting one and moves to
    /// the end of the queue. Meant for high-rate, non-sequenced sources (<c>location</c>, <c>clock</c>) whose old
    /// values are worthless once a newer one exists. Such messages never make the reader wait.
    /// </summary>
    KeepLatest = 1,
}
