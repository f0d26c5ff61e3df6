using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// The client's log messages, with stable event ids. URIs are always redacted (<c>token=***</c>); payloads are
/// never logged at Information or above.
/// </summary>
internal static partial class LiveDataClientLog
{
    [LoggerMessage(1, LogLevel.Debug, "Connecting to {Uri} (attempt {Attempt}).")]
    public static partial void Connecting(ILogger logger, string uri, int attempt);

    /// <summary>The failed attempt from which a connection that does not come back is worth a person's look.</summary>
    private const int AttemptWorthAWarning = 3;

    /// <summary>Information for the stream's first connection; Debug for a reconnect, which event 3 already told.</summary>
    public static void Connected(ILogger logger, string uri, long? lastSequence, bool reconnect) =>
        Connected(logger, reconnect ? LogLevel.Debug : LogLevel.Information, uri, LogText.ResumePoint(lastSequence));

    /// <summary>
    /// An expected reconnect is this one Information line, without the exception: a reset connection's stack trace
    /// says nothing a person can act on. Repeated failures are event 4's Warnings.
    /// </summary>
    public static void ConnectionLost(ILogger logger, LiveDataDisconnectReason reason, WebSocketCloseStatus? closeStatus, Exception? exception) =>
        ConnectionLost(logger, LogText.Disconnect(reason, closeStatus, exception));

    /// <summary>Information for the first failed attempts of an outage, Warning from the third on; never the stack trace.</summary>
    public static void AttemptFailed(ILogger logger, int attempt, LiveDataDisconnectReason reason, Exception exception) =>
        AttemptFailed(logger, attempt >= AttemptWorthAWarning ? LogLevel.Warning : LogLevel.Information, attempt, LogText.Disconnect(reason, null, exception));

    public static void TokenRefused(ILogger logger, int? statusCode, WebSocketCloseStatus? closeStatus) =>
        TokenRefused(logger, statusCode is { } status
            ? "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "close status " + (closeStatus is { } close ? LogText.CloseStatus(close) : "unknown"));

    public static void KeepAliveTimeout(ILogger logger, TimeSpan pongTimeout) => KeepAliveTimeout(logger, DurationText.Format(pongTimeout));

    public static void StreamEnded(ILogger logger, LiveDataDisconnectReason reason, WebSocketCloseStatus? closeStatus) =>
        StreamEnded(logger, LogText.Disconnect(reason, closeStatus, null));

    public static void StreamFailed(ILogger logger, LiveDataDisconnectReason reason, string error, Exception? exception) =>
        StreamFailed(logger, reason == LiveDataDisconnectReason.Error ? error : LogText.Disconnect(reason, null, null) + ": " + error, exception);

    public static void ConnectionWithoutProgress(ILogger logger, int attempt, LiveDataDisconnectReason reason, WebSocketCloseStatus? closeStatus, Exception? exception) =>
        ConnectionWithoutProgress(logger, attempt, LogText.Disconnect(reason, closeStatus, exception));

    public static void Gap(ILogger logger, TimeSpan duration) => Gap(logger, DurationText.Format(duration));

    [LoggerMessage(EventId = 2, Message = "Connected to {Uri}; streaming {ResumePoint}.")]
    private static partial void Connected(ILogger logger, LogLevel level, string uri, string resumePoint);

    [LoggerMessage(3, LogLevel.Information, "Connection lost ({Cause}); reconnecting.")]
    private static partial void ConnectionLost(ILogger logger, string cause);

    [LoggerMessage(EventId = 4, Message = "Connection attempt {Attempt} failed: {Cause}.")]
    private static partial void AttemptFailed(ILogger logger, LogLevel level, int attempt, string cause);

    [LoggerMessage(5, LogLevel.Warning, "The service refused the token ({Refusal}); asking the token provider for a new one.")]
    private static partial void TokenRefused(ILogger logger, string refusal);

    [LoggerMessage(6, LogLevel.Error, "The service refused a fresh token as well; the stream ends.")]
    public static partial void AuthenticationFailed(ILogger logger);

    // Debug: event 3 follows with the same cause, and a proxy that drops idle connections makes it routine.
    [LoggerMessage(7, LogLevel.Debug, "Nothing was received within {PongTimeout} after a ping; the connection is dead.")]
    private static partial void KeepAliveTimeout(ILogger logger, string pongTimeout);

    // The problem text can quote a payload value ("The string "…" is not an integer."), so only where it is goes to
    // Warning; the text itself is logged at Debug (event 15).
    [LoggerMessage(8, LogLevel.Warning, "A message could not be read (at {Path}, byte {BytePosition}); it is surfaced as an InvalidLiveDataEvent and the stream goes on.")]
    public static partial void ParseError(ILogger logger, string? path, long? bytePosition);

    [LoggerMessage(9, LogLevel.Debug, "Dropped sequenced message {Sequence}: not above the last delivered sequence {LastSequence}.")]
    public static partial void DuplicateDropped(ILogger logger, long sequence, long lastSequence);

    [LoggerMessage(10, LogLevel.Trace, "Sent a keep-alive ping.")]
    public static partial void PingSent(ILogger logger);

    [LoggerMessage(11, LogLevel.Information, "The stream ended: {Cause}.")]
    private static partial void StreamEnded(ILogger logger, string cause);

    [LoggerMessage(12, LogLevel.Error, "The stream failed: {Error}")]
    private static partial void StreamFailed(ILogger logger, string error, Exception? exception);

    [LoggerMessage(13, LogLevel.Warning, "A ConnectionStateChanged or Resumed handler threw; the exception was ignored.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(14, LogLevel.Debug, "Resumed after sequence {FromSequence}: first new sequence {FirstNewSequence}, {ReplayedDuplicates} re-sent messages dropped.")]
    public static partial void Resumed(ILogger logger, long fromSequence, long firstNewSequence, long replayedDuplicates);

    [LoggerMessage(16, LogLevel.Warning, "The message recorder failed; the message was delivered but not recorded.")]
    public static partial void RecorderFailed(ILogger logger, Exception exception);

    [LoggerMessage(17, LogLevel.Warning, "Connection attempt {Attempt} ended ({Cause}) before it delivered anything new; the next attempt backs off.")]
    private static partial void ConnectionWithoutProgress(ILogger logger, int attempt, string cause);

    [LoggerMessage(15, LogLevel.Debug, "The message that could not be read: {Problem}")]
    public static partial void ParseErrorDetail(ILogger logger, string problem);

    [LoggerMessage(18, LogLevel.Warning, "A subscriber fell behind by more than its buffer capacity of {Capacity} events and was ended after sequence {LastSequence}; the connection and the other subscribers go on.")]
    public static partial void SubscriberOverflow(ILogger logger, int capacity, long? lastSequence);

    [LoggerMessage(19, LogLevel.Debug, "Reconnected after a gap of {Duration}: the non-sequenced sources missed what they sent meanwhile.")]
    private static partial void Gap(ILogger logger, string duration);
}
