using System.Net;
using System.Net.WebSockets;

namespace ShotTracker.LiveData;

/// <summary>
/// The service refused the subscription token: it answered the WebSocket handshake with HTTP 401 or 403, or
/// accepted the connection and then closed it with status 1008 (policy violation).
/// </summary>
/// <remarks>
/// The client asks the token provider for a fresh token once before it gives up, so this exception means a new
/// token was refused as well; retrying with the same provider is pointless. The message and every property are
/// free of the token.
/// </remarks>
public sealed class LiveDataAuthenticationException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was refused and how; must not contain the token.</param>
    /// <param name="statusCode">The HTTP status code of a refused handshake, if that is how it was refused.</param>
    /// <param name="closeStatus">The WebSocket close status of a connection closed for policy, if that is how it was refused.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public LiveDataAuthenticationException(string message, HttpStatusCode? statusCode, WebSocketCloseStatus? closeStatus, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        CloseStatus = closeStatus;
    }

    /// <summary>Gets the HTTP status code (401 or 403) the handshake was refused with, or <see langword="null"/>.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// Gets the close status (normally <see cref="WebSocketCloseStatus.PolicyViolation"/>, 1008) the service closed
    /// the connection with, or <see langword="null"/> when the handshake itself was refused.
    /// </summary>
    public WebSocketCloseStatus? CloseStatus { get; }
}
