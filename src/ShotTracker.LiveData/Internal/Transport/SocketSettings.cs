using System.Net;
using System.Net.WebSockets;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>How each <see cref="ClientWebSocket"/> is set up and opened, passed down as values.</summary>
internal sealed record SocketSettings(
    TimeSpan ConnectTimeout,
    bool EnableCompression,
    TimeProvider TimeProvider,
    string? UserAgent,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    IWebProxy? Proxy,
    Action<ClientWebSocketOptions>? Configure);
