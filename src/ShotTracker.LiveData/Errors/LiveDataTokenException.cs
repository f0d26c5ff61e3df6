using System.Net;

namespace ShotTracker.LiveData;

/// <summary>
/// A token provider could not get a subscription token: the token endpoint answered with an error status, could not be
/// reached, or sent a response without a token where one was expected.
/// </summary>
/// <remarks>
/// The message names the endpoint without its query string and never contains the token, request headers or the
/// response body. A status of 4xx other than 408 and 429 is treated as permanent: the client does not retry it and
/// the stream throws this exception.
/// </remarks>
public sealed class LiveDataTokenException : LiveDataException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong; must not contain the token or any secret header.</param>
    /// <param name="statusCode">The HTTP status code the token endpoint answered with, if it answered.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public LiveDataTokenException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>
    /// Gets the HTTP status code of the token endpoint's answer (for example 401 for a wrong API key, 404 for an
    /// unknown game), or <see langword="null"/> when no answer arrived.
    /// </summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets whether trying again later may succeed: no answer, 408, 429 or a 5xx status.</summary>
    public bool IsTransient => StatusCode is not { } status || (int)status is 408 or 429 or >= 500;
}
