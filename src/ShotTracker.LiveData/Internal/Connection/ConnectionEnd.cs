using System.Net.WebSockets;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>How one open connection ended.</summary>
internal readonly record struct ConnectionEnd(
    LiveDataDisconnectReason Reason,
    WebSocketCloseStatus? CloseStatus = null,
    string? CloseStatusDescription = null,
    Exception? Exception = null)
{
    /// <summary>
    /// Gets whether no retry can change this ending: the user's stop, the event's normal end (1000), a refused token or
    /// a message too large. The session decides what follows such an ending, not the reconnect policy.
    /// </summary>
    public bool IsFinal =>
        Reason is LiveDataDisconnectReason.ByUser or LiveDataDisconnectReason.MessageTooLarge or LiveDataDisconnectReason.AuthenticationFailed
        || (Reason == LiveDataDisconnectReason.ServerClosed && CloseStatus == WebSocketCloseStatus.NormalClosure);
}
