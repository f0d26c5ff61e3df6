using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>lineupstats</c> message: stat totals for one lineup. Sequenced.</summary>
public sealed record LineupStatsEvent : LiveDataEvent<LineupStatsData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.LineupStats;
}
