namespace ShotTracker.LiveData;

/// <summary>The WebSocket handshake did not complete within <see cref="LiveDataClientOptions.ConnectTimeout"/>.</summary>
/// <remarks>
/// The client treats it as a failed connection attempt and retries it under the reconnect policy (the state-change
/// reason is <see cref="LiveDataDisconnectReason.ConnectTimeout"/>); the stream throws it when the attempts run out.
/// </remarks>
public sealed class LiveDataConnectTimeoutException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What timed out and where; must not contain the token.</param>
    /// <param name="timeout">The connect timeout that elapsed.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public LiveDataConnectTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>Gets the connect timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
