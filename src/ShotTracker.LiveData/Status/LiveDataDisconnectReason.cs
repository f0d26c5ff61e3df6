namespace ShotTracker.LiveData;

/// <summary>Why a connection ended or a connection attempt failed, so an app can tell the cases apart.</summary>
public enum LiveDataDisconnectReason
{
    /// <summary>No disconnection: the first connection of a stream.</summary>
    None = 0,

    /// <summary>The network connection dropped (reset, abort, or closed without a close handshake, 1006).</summary>
    Lost = 1,

    /// <summary>Nothing at all (no pong, no data) arrived within the pong timeout after a keep-alive ping.</summary>
    KeepAliveTimeout = 2,

    /// <summary>The service closed the connection with a close status (see the close status on the event).</summary>
    ServerClosed = 3,

    /// <summary>The WebSocket handshake did not complete within the connect timeout.</summary>
    ConnectTimeout = 4,

    /// <summary>Connecting or reading failed with an error (see the exception on the event).</summary>
    Error = 5,

    /// <summary>The user stopped the stream (cancellation, breaking out of the loop, or disposal).</summary>
    ByUser = 6,

    /// <summary>The service refused the token (HTTP 401/403 at the handshake or close status 1008).</summary>
    AuthenticationFailed = 7,

    /// <summary>A message exceeded <see cref="LiveDataClientOptions.MaxMessageSize"/>.</summary>
    MessageTooLarge = 8,
}
