using System.Net;

namespace ShotTracker.LiveData;

/// <summary>
/// The server answered the WebSocket handshake with an HTTP status instead of upgrading the connection (for example
/// 404 for a wrong endpoint path, 500 or 503 for a service in trouble).
/// </summary>
/// <remarks>
/// <para>
/// Before any connection of a stream has delivered, a 4xx answer (other than 401, 403, 408 and 429) is a mistake in
/// the endpoint that no retry fixes: the stream throws it at once. Any other answer, and every answer once a
/// connection has delivered, is a failed connection attempt retried under the reconnect policy (before the first
/// delivery, up to <see cref="LiveDataClientOptions.FirstConnectionAttempts"/>); the exception appears on
/// <see cref="LiveDataConnectionStateChangedEventArgs.Exception"/> while it does, and is thrown by the stream when the
/// attempts run out. A refused token (401 or 403, also for a fresh token) is reported as
/// <see cref="LiveDataAuthenticationException"/> instead.
/// </para>
/// <para>The message names the endpoint with its token redacted (<c>token=***</c>).</para>
/// </remarks>
public sealed class LiveDataHandshakeException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was refused and where; must not contain the token.</param>
    /// <param name="statusCode">The HTTP status code the server answered with.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public LiveDataHandshakeException(string message, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>Gets the HTTP status code the server answered the handshake with.</summary>
    public HttpStatusCode StatusCode { get; }
}
