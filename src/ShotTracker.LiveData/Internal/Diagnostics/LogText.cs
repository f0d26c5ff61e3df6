using System.Globalization;
using System.Net.WebSockets;

namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// Values as a person reads them in a log line (durations through <see cref="DurationText"/>): "from the start"
/// rather than <c>(null)</c>, "the server closed it with 1001 (going away)" rather than two enum names.
/// </summary>
internal static class LogText
{
    /// <summary>Says where a stream starts: "from the start" or "after sequence 1234".</summary>
    public static string ResumePoint(long? lastSequence) =>
        lastSequence is { } sequence ? "after sequence " + sequence.ToString(CultureInfo.InvariantCulture) : "from the start";

    /// <summary>Names a named options configuration: "the default configuration" or "configuration 'home'".</summary>
    public static string Configuration(string name) => name.Length == 0 ? "the default configuration" : $"configuration '{name}'";

    /// <summary>Describes how a connection ended, for example "the server closed it with 1001 (going away)".</summary>
    public static string Disconnect(LiveDataDisconnectReason reason, WebSocketCloseStatus? closeStatus, Exception? exception) => reason switch
    {
        LiveDataDisconnectReason.Lost => "the connection dropped without a close handshake",
        LiveDataDisconnectReason.KeepAliveTimeout => "no answer to a keep-alive ping in time",
        LiveDataDisconnectReason.ServerClosed => "the server closed it" + (closeStatus is { } status ? " with " + CloseStatus(status) : string.Empty),
        LiveDataDisconnectReason.ConnectTimeout => "the handshake timed out",
        LiveDataDisconnectReason.Error => exception is null ? "an error" : exception.Message.TrimEnd('.'),
        LiveDataDisconnectReason.ByUser => "stopped by the app",
        LiveDataDisconnectReason.AuthenticationFailed => "the token was refused" + (closeStatus is { } refused ? " with " + CloseStatus(refused) : string.Empty),
        LiveDataDisconnectReason.MessageTooLarge => "a message was larger than MaxMessageSize",
        _ => reason.ToString(),
    };

    /// <summary>Formats a close status with its number: <c>1000 (normal closure)</c>.</summary>
    public static string CloseStatus(WebSocketCloseStatus status)
    {
        var number = ((int)status).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            WebSocketCloseStatus.NormalClosure => number + " (normal closure)",
            WebSocketCloseStatus.EndpointUnavailable => number + " (going away)",
            WebSocketCloseStatus.ProtocolError => number + " (protocol error)",
            WebSocketCloseStatus.PolicyViolation => number + " (policy violation)",
            WebSocketCloseStatus.MessageTooBig => number + " (message too big)",
            WebSocketCloseStatus.InternalServerError => number + " (server error)",
            _ => number,
        };
    }
}
