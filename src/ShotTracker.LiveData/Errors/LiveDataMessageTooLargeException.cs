namespace ShotTracker.LiveData;

/// <summary>
/// A message from the service was larger than <see cref="LiveDataClientOptions.MaxMessageSize"/>. The client stops
/// reading it at the limit (so memory stays bounded), closes the connection with status 1009 and ends the stream
/// with this exception: skipping the message could lose a sequenced message.
/// </summary>
public sealed class LiveDataMessageTooLargeException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="maxMessageSize">The configured limit in bytes.</param>
    /// <param name="receivedBytes">How many bytes of the message had arrived when the limit was crossed.</param>
    public LiveDataMessageTooLargeException(int maxMessageSize, long receivedBytes)
        : base($"A message from the service exceeded the maximum message size of {maxMessageSize} bytes ({receivedBytes} bytes had arrived and the message was not finished). Raise LiveDataClientOptions.MaxMessageSize if such messages are expected.")
    {
        MaxMessageSize = maxMessageSize;
        ReceivedBytes = receivedBytes;
    }

    /// <summary>Gets the configured limit in bytes.</summary>
    public int MaxMessageSize { get; }

    /// <summary>Gets how many bytes of the message had arrived when the limit was crossed.</summary>
    public long ReceivedBytes { get; }
}
