using System.Net;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// When a stream that has not delivered yet gives up. A first connection that fails is most often a mistake in the
/// app's settings (a wrong path, a host name with a typo, a port nothing listens on), which no retry fixes; failing
/// fast shows it, as SignalR's <c>StartAsync</c> does. Once a connection has delivered, every failure is retried
/// under the reconnect policy, as the service going away mid-game is what it is for.
/// </summary>
internal static class FirstConnection
{
    /// <summary>
    /// Gets whether <paramref name="failure"/> ends a stream before its first delivery: a handshake answered with an
    /// HTTP 4xx other than 408 and 429 (401 and 403 have their own path: a fresh token first), or a host name that
    /// does not resolve. A refused connection, a timeout, a 5xx or a token provider's transient failure may pass and
    /// gets the attempts of <see cref="LiveDataClientOptions.FirstConnectionAttempts"/>.
    /// </summary>
    public static bool IsPermanent(Exception failure) => failure switch
    {
        LiveDataHandshakeException { StatusCode: var status } => (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or (HttpStatusCode)429),
        LiveDataException => SocketErrors.IsHostNotFound(failure),
        _ => false,
    };
}
