using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Checkpoints;

/// <summary>The game worker's log messages (event ids 55–59).</summary>
internal static partial class LiveDataCheckpointLog
{
    public static void Following(ILogger logger, string gameId, string name, long? lastSequence) =>
        Following(logger, gameId, Diagnostics.LogText.Configuration(name), Diagnostics.LogText.ResumePoint(lastSequence));

    [LoggerMessage(55, LogLevel.Information, "Following game {GameId} with {Configuration}, streaming {ResumePoint}.")]
    private static partial void Following(ILogger logger, string gameId, string configuration, string resumePoint);

    [LoggerMessage(56, LogLevel.Warning, "Saving the checkpoint of game {GameId} at sequence {Sequence} failed; the next save tries again.")]
    public static partial void SaveFailed(ILogger logger, string gameId, long sequence, Exception exception);

    [LoggerMessage(57, LogLevel.Debug, "Saved the checkpoint of game {GameId} at sequence {Sequence}.")]
    public static partial void Saved(ILogger logger, string gameId, long sequence);
}
