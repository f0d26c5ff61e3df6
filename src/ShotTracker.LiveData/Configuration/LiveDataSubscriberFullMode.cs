namespace ShotTracker.LiveData;

/// <summary>
/// What happens when a subscriber's buffer (<see cref="LiveDataSubscription.EventBufferCapacity"/>) is full and a
/// message of a <see cref="LiveDataBackpressurePolicy.Buffer"/> source arrives for it.
/// </summary>
/// <seealso cref="LiveDataSubscription.FullMode"/>
public enum LiveDataSubscriberFullMode
{
    /// <summary>
    /// The connection waits until this subscriber makes room: nothing is lost, but every subscriber of the connection
    /// waits with it and the back-pressure reaches the server. What <see cref="LiveDataClient.StreamAsync(CancellationToken)"/>
    /// does.
    /// </summary>
    Wait = 0,

    /// <summary>
    /// The connection never waits for this subscriber. A non-sequenced message that does not fit is dropped for this
    /// subscriber alone (counted in <see cref="LiveDataClientStatistics.MessagesDropped"/>); a sequenced message that
    /// does not fit ends this subscriber alone: it reads what its buffer holds, then its enumeration throws
    /// <see cref="LiveDataSubscriberOverflowException"/>. The other subscribers and the connection go on. The default of
    /// <see cref="LiveDataSubscription"/>.
    /// </summary>
    EndSubscriber = 1,
}
