namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Running totals for one five-player lineup of one team.</summary>
internal sealed class LineupRecord(IReadOnlyList<long> playerIds)
{
    public IReadOnlyList<long> PlayerIds { get; } = playerIds;

    public int PointsScored { get; set; }

    public int PointsAllowed { get; set; }

    public int Possessions { get; set; }

    public int OpponentPossessions { get; set; }

    public int Turnovers { get; set; }

    public int FieldGoalsMade { get; set; }

    public int FieldGoalsAttempted { get; set; }

    public int Rebounds { get; set; }

    public int OpponentRebounds { get; set; }

    public int PlusMinus => PointsScored - PointsAllowed;
}
