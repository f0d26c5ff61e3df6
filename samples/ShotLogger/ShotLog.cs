using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>The worker's log messages: source-generated, with event ids of their own.</summary>
internal static partial class ShotLog
{
    [LoggerMessage(100, LogLevel.Information, "Following game {GameId}.")]
    public static partial void Following(ILogger logger, string gameId);

    [LoggerMessage(105, LogLevel.Information, "Resuming game {GameId} after sequence {LastSequence} (checkpoint {Path}).")]
    public static partial void Resuming(ILogger logger, string gameId, long lastSequence, string path);

    [LoggerMessage(101, LogLevel.Information,
        "Shot {ShotNumber} in period {Period}: player {PlayerId} (team {TeamId}) {Result} a {Kind} from {Distance} m.")]
    public static partial void Shot(ILogger logger, int shotNumber, string? period, string? playerId, string? teamId, string result, string kind, string distance);

    [LoggerMessage(102, LogLevel.Information, "Game {GameId} is over: this run logged {Shots} shots, {Made} made, {Points} points from the field; {Summary}.")]
    public static partial void GameOver(ILogger logger, string gameId, int shots, int made, int points, string summary);

    [LoggerMessage(103, LogLevel.Information, "Stopped following game {GameId} after sequence {LastSequence}; checkpoint: {Checkpoint}.")]
    public static partial void Stopped(ILogger logger, string gameId, long? lastSequence, string checkpoint);

    [LoggerMessage(104, LogLevel.Critical, "Following game {GameId} failed.")]
    public static partial void Failed(ILogger logger, string gameId, Exception exception);
}
