namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Totals for one group of a team's possessions (OVERALL, TRANSITION, PT1_BR0, …).</summary>
internal sealed class PossessionGroup
{
    public int Possessions { get; set; }

    public int Points { get; set; }

    public int TwoMade { get; set; }

    public int TwoAttempted { get; set; }

    public int ThreeMade { get; set; }

    public int ThreeAttempted { get; set; }

    public int Turnovers { get; set; }
}
