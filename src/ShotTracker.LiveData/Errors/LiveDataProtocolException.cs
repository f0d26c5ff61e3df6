namespace ShotTracker.LiveData;

/// <summary>
/// A message from the service could not be read: malformed or truncated JSON, a root that is not an object, a
/// missing <c>type</c>, or a payload whose values do not fit its documented shape.
/// </summary>
/// <remarks>
/// The exception keeps the offending message in <see cref="RawMessage"/> so nothing is lost, and says where
/// reading stopped. While streaming, the client surfaces these and goes on with the next message.
/// </remarks>
public sealed class LiveDataProtocolException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="rawMessage">The complete message as received.</param>
    /// <param name="path">The JSON path where reading stopped, if known.</param>
    /// <param name="bytePosition">The byte offset in the message where reading stopped, if known.</param>
    /// <param name="innerException">The underlying JSON error, if any.</param>
    public LiveDataProtocolException(string message, ReadOnlyMemory<byte> rawMessage, string? path = null, long? bytePosition = null, Exception? innerException = null)
        : base(message, innerException)
    {
        RawMessage = rawMessage;
        Path = path;
        BytePosition = bytePosition;
    }

    /// <summary>Gets the complete message as received, as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> RawMessage { get; }

    /// <summary>Gets the JSON path (for example <c>$.data.locations[3].x</c>) where reading stopped, if known.</summary>
    public string? Path { get; }

    /// <summary>Gets the zero-based byte offset in <see cref="RawMessage"/> where reading stopped, if known.</summary>
    public long? BytePosition { get; }
}
