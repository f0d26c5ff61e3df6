using System.Net.WebSockets;

namespace ShotTracker.LiveData.Connection;

/// <summary>How one open connection ended.</summary>
internal readonly record struct ConnectionEnd(
    LiveDataDisconnectReason Reason,
    WebSocketCloseStatus? CloseStatus = null,
    string? CloseStatusDescription = null,
    Exception? Exception = null);
