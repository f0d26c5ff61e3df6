using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Diagnostics;

/// <summary>
/// The client's log messages, with stable event ids. URIs are always redacted (<c>token=***</c>); payloads are
/// never logged at Information or above.
/// </summary>
internal static partial class LiveDataClientLog
{
    [LoggerMessage(1, LogLevel.Debug, "Connecting to {Uri} (attempt {Attempt}).")]
    public static partial void Connecting(ILogger logger, string uri, int attempt);

    [LoggerMessage(2, LogLevel.Information, "Connected to {Uri}; resuming after sequence {LastSequence}.")]
    public static partial void Connected(ILogger logger, string uri, long? lastSequence);

    [LoggerMessage(3, LogLevel.Warning, "Connection lost ({Reason}, close status {CloseStatus}); reconnecting.")]
    public static partial void ConnectionLost(ILogger logger, LiveDataDisconnectReason reason, WebSocketCloseStatus? closeStatus, Exception? exception);

    [LoggerMessage(4, LogLevel.Warning, "Connection attempt {Attempt} failed ({Reason}).")]
    public static partial void AttemptFailed(ILogger logger, int attempt, LiveDataDisconnectReason reason, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "The service refused the token (HTTP {StatusCode}, close status {CloseStatus}); asking the token provider for a new one.")]
    public static partial void TokenRefused(ILogger logger, int? statusCode, WebSocketCloseStatus? closeStatus);

    [LoggerMessage(6, LogLevel.Error, "The service refused a fresh token as well; the stream ends.")]
    public static partial void AuthenticationFailed(ILogger logger);

    [LoggerMessage(7, LogLevel.Warning, "Nothing was received within {PongTimeout} after a ping; the connection is dead.")]
    public static partial void KeepAliveTimeout(ILogger logger, TimeSpan pongTimeout);

    // The problem text can quote a payload value ("The string "…" is not an integer."), so only where it is goes to
    // Warning; the text itself is logged at Debug (event 15).
    [LoggerMessage(8, LogLevel.Warning, "A message could not be read (at {Path}, byte {BytePosition}); it is surfaced as an InvalidLiveDataEvent and the stream goes on.")]
    public static partial void ParseError(ILogger logger, string? path, long? bytePosition);

    [LoggerMessage(9, LogLevel.Debug, "Dropped sequenced message {Sequence}: not above the last delivered sequence {LastSequence}.")]
    public static partial void DuplicateDropped(ILogger logger, long sequence, long lastSequence);

    [LoggerMessage(10, LogLevel.Trace, "Sent a keep-alive ping.")]
    public static partial void PingSent(ILogger logger);

    [LoggerMessage(11, LogLevel.Information, "The stream ended ({Reason}, close status {CloseStatus}).")]
    public static partial void StreamEnded(ILogger logger, LiveDataDisconnectReason reason, WebSocketCloseStatus? closeStatus);

    [LoggerMessage(12, LogLevel.Error, "The stream failed ({Reason}): {Error}")]
    public static partial void StreamFailed(ILogger logger, LiveDataDisconnectReason reason, string error, Exception? exception);

    [LoggerMessage(13, LogLevel.Warning, "A ConnectionStateChanged or Resumed handler threw; the exception was ignored.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(14, LogLevel.Information, "Resumed after sequence {FromSequence}: first new sequence {FirstNewSequence}, {ReplayedDuplicates} re-sent messages dropped.")]
    public static partial void Resumed(ILogger logger, long fromSequence, long firstNewSequence, long replayedDuplicates);

    [LoggerMessage(16, LogLevel.Warning, "The message recorder failed; the message was delivered but not recorded.")]
    public static partial void RecorderFailed(ILogger logger, Exception exception);

    [LoggerMessage(17, LogLevel.Warning, "Connection attempt {Attempt} ended ({Reason}, close status {CloseStatus}) before it delivered anything new; the next attempt backs off.")]
    public static partial void ConnectionWithoutProgress(ILogger logger, int attempt, LiveDataDisconnectReason reason, System.Net.WebSockets.WebSocketCloseStatus? closeStatus, Exception? exception);

    [LoggerMessage(15, LogLevel.Debug, "The message that could not be read: {Problem}")]
    public static partial void ParseErrorDetail(ILogger logger, string problem);

    [LoggerMessage(18, LogLevel.Warning, "A subscriber fell behind by more than its buffer capacity of {Capacity} events and was ended after sequence {LastSequence}; the connection and the other subscribers go on.")]
    public static partial void SubscriberOverflow(ILogger logger, int capacity, long? lastSequence);

    [LoggerMessage(19, LogLevel.Information, "Reconnected after a gap of {Duration}: the non-sequenced sources missed what they sent meanwhile.")]
    public static partial void Gap(ILogger logger, TimeSpan duration);
}
