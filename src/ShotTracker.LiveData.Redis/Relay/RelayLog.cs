using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>The Redis relay's log messages (event ids 200–219).</summary>
internal static partial class RelayLog
{
    public static void Following(ILogger logger, string gameId, string keyPrefix, long? lastSequence) =>
        Following(logger, gameId, keyPrefix, lastSequence is { } last
            ? "resuming after sequence " + last.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", the newest in Redis"
            : "from the start (nothing in Redis yet)");

    [LoggerMessage(200, LogLevel.Information, "Relaying game {GameId} to Redis under {KeyPrefix}, {ResumePoint}.")]
    private static partial void Following(ILogger logger, string gameId, string keyPrefix, string resumePoint);

    [LoggerMessage(201, LogLevel.Warning, "Writing a message of game {GameId} (seq {Sequence}) to Redis failed (attempt {Attempt}); retrying after a backoff, the client waits.")]
    public static partial void WriteFailed(ILogger logger, string gameId, long? sequence, int attempt, Exception exception);

    [LoggerMessage(202, LogLevel.Warning, "Reading the checkpoint of game {GameId} from Redis failed (attempt {Attempt}); retrying after a backoff.")]
    public static partial void ReadFailed(ILogger logger, string gameId, int attempt, Exception exception);

    [LoggerMessage(203, LogLevel.Debug, "Sequence {Sequence} of game {GameId} was already in Redis: counted as a duplicate.")]
    public static partial void Duplicate(ILogger logger, string gameId, long sequence);

    [LoggerMessage(204, LogLevel.Error, "Sequence {Sequence} of game {GameId} reached the relay without being written to Redis (confirmed up to {Confirmed}); restarting the game's client from the stream.")]
    public static partial void NotWritten(ILogger logger, string gameId, long sequence, long? confirmed);

    [LoggerMessage(205, LogLevel.Warning, "The stream of game {GameId} failed; restarting its client from the checkpoint in Redis after a backoff.")]
    public static partial void StreamFailed(ILogger logger, string gameId, Exception exception);

    [LoggerMessage(206, LogLevel.Information, "Game {GameId} ended; its relay stops.")]
    public static partial void GameEnded(ILogger logger, string gameId);

    [LoggerMessage(207, LogLevel.Information, "Connecting the relay to Redis at {Endpoints}.")]
    public static partial void Connecting(ILogger logger, string endpoints);

    [LoggerMessage(208, LogLevel.Warning, "Redis at {Endpoints} is not reachable yet; the relay retries in the background with backoff.")]
    public static partial void NotConnected(ILogger logger, string endpoints);

    [LoggerMessage(209, LogLevel.Warning, "A recorder of game {GameId} failed; the message is in Redis and the game goes on.")]
    public static partial void RecorderFailed(ILogger logger, string gameId, Exception exception);

    [LoggerMessage(210, LogLevel.Warning, "Closing the recorder of game {GameId} failed.")]
    public static partial void RecorderCloseFailed(ILogger logger, string gameId, Exception exception);

    [LoggerMessage(211, LogLevel.Error, "The recorder factory failed for game {GameId}; the game is relayed without its own recorder.")]
    public static partial void RecorderFactoryFailed(ILogger logger, string gameId, Exception exception);

    [LoggerMessage(212, LogLevel.Error, "Redis lost sequences of game {GameId} it had acknowledged (seq {Sequence} found the one before it missing; confirmed up to {Confirmed}): it restarted without them? Restarting the game's client from the newest entry Redis holds, so the service sends them again.")]
    public static partial void LostWrites(ILogger logger, string gameId, long? sequence, long? confirmed, Exception exception);
}
