using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Redis.Client;

/// <summary>The Redis client's log messages (event ids 220–229).</summary>
internal static partial class RedisClientLog
{
    [LoggerMessage(220, LogLevel.Information, "Reading game {GameId} from Redis under {KeyPrefix}, after sequence {LastSequence}.")]
    public static partial void Reading(ILogger logger, string gameId, string keyPrefix, long? lastSequence);

    [LoggerMessage(221, LogLevel.Warning, "Reading game {GameId} from Redis failed (attempt {Attempt}); retrying after a backoff from the same position.")]
    public static partial void ReadFailed(ILogger logger, string gameId, int attempt, Exception exception);

    [LoggerMessage(222, LogLevel.Information, "Game {GameId} ended: the relay's end marker was read.")]
    public static partial void GameEnded(ILogger logger, string gameId);
}
