using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>possessionstats</c> message: advanced stat totals for grouped possessions. Sequenced.</summary>
public sealed record PossessionStatsEvent : LiveDataEvent<PossessionStatsData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.PossessionStats;
}
