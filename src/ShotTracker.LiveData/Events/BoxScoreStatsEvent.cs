using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>boxscorestatsv2</c> message: one play-by-play box score stat with running totals. Sequenced.</summary>
public sealed record BoxScoreStatsEvent : LiveDataEvent<BoxScoreStatsData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.BoxScoreStats;
}
