using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>The projection's logs; event ids 40 to 49 belong to <see cref="LiveData.Game.LiveGame"/>.</summary>
internal static partial class LiveGameLog
{
    [LoggerMessage(40, LogLevel.Warning, "The broadcast summary says {Stat} of {Subject} is {Summary}, the events up to its time add up to {Computed}, and the difference persisted; adopting the summary's value.")]
    public static partial void Discrepancy(ILogger logger, string subject, string stat, int summary, int computed);

    [LoggerMessage(42, LogLevel.Debug, "Box score classification {Classification} is not known; its events add nothing to the box score until a broadcast summary does.")]
    public static partial void UnknownClassification(ILogger logger, string classification);

    [LoggerMessage(43, LogLevel.Debug, "Event {EventId} corrected: version {Version} replaces version {PreviousVersion}.")]
    public static partial void Corrected(ILogger logger, string eventId, long version, long previousVersion);

    [LoggerMessage(44, LogLevel.Trace, "Event {EventId} version {Version} ignored: the same or a later version is already applied.")]
    public static partial void Stale(ILogger logger, string eventId, long version);
}
