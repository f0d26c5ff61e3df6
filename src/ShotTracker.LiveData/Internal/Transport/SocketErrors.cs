using System.Net.Sockets;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>Reads the socket error under a failed handshake (it is wrapped in WebSocket and HTTP exceptions).</summary>
internal static class SocketErrors
{
    /// <summary>Gets whether the host name did not resolve: the name is unknown, not that DNS was briefly unreachable.</summary>
    public static bool IsHostNotFound(Exception exception) =>
        Find(exception)?.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData;

    /// <summary>Describes a refused or unresolved connection for a person, or returns <see langword="null"/>.</summary>
    public static string? Describe(Exception exception, Uri uri) => Find(exception)?.SocketErrorCode switch
    {
        SocketError.HostNotFound or SocketError.NoData => $"the host name '{uri.Host}' does not resolve; check the endpoint's host",
        SocketError.ConnectionRefused => $"the connection was refused: nothing listens on {uri.Host} port {Port(uri)}",
        _ => null,
    };

    private static string Port(Uri uri) => uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SocketException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SocketException socket)
            {
                return socket;
            }
        }

        return null;
    }
}
