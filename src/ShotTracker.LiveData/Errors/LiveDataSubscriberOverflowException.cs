namespace ShotTracker.LiveData;

/// <summary>
/// A subscriber with <see cref="LiveDataSubscriberFullMode.EndSubscriber"/> fell so far behind that a sequenced message
/// did not fit in its buffer. Only that subscriber ends, after it read every event its buffer held: nothing sequenced
/// was skipped before this exception. The connection and the other subscribers go on.
/// </summary>
/// <remarks>
/// To catch up, stream again: a new subscriber starts at the next message. To get the sequenced messages in between,
/// use a separate <see cref="LiveDataClient"/> with <see cref="LiveDataClientOptions.LastSequence"/> set to
/// <see cref="LastSequence"/>.
/// </remarks>
public sealed class LiveDataSubscriberOverflowException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="capacity">The subscriber's buffer capacity.</param>
    /// <param name="lastSequence">The last sequenced message the subscriber received, or <see langword="null"/>.</param>
    public LiveDataSubscriberOverflowException(int capacity, long? lastSequence)
        : base($"The subscriber fell behind by more than its buffer capacity of {capacity} events and was ended; the last sequenced message it received is {(lastSequence is { } seq ? seq.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}. Read faster, raise LiveDataSubscription.EventBufferCapacity, or use LiveDataSubscriberFullMode.Wait.")
    {
        Capacity = capacity;
        LastSequence = lastSequence;
    }

    /// <summary>Gets the subscriber's buffer capacity.</summary>
    public int Capacity { get; }

    /// <summary>
    /// Gets the sequence number of the last sequenced message the subscriber received before it ended (resume a
    /// separate client after it), or <see langword="null"/> when it received none.
    /// </summary>
    public long? LastSequence { get; }
}
