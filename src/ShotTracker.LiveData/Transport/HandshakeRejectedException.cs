namespace ShotTracker.LiveData.Transport;

/// <summary>The server answered the WebSocket handshake with an HTTP status other than 101.</summary>
internal sealed class HandshakeRejectedException(string message, int? statusCode, Exception innerException)
    : LiveDataException(message, innerException)
{
    /// <summary>Gets the HTTP status code, when the runtime told us.</summary>
    public int? StatusCode { get; } = statusCode;

    public bool IsAuthenticationFailure => StatusCode is 401 or 403;
}
