namespace ShotTracker.LiveData.Testing;

/// <summary>The box score stats a <see cref="SummaryCorrection"/> can change.</summary>
public enum SummaryCorrectionStat
{
    /// <summary>Two-point field goals made, with their attempts and 2 points each.</summary>
    TwoPointersMade,

    /// <summary>Three-point field goals made, with their attempts and 3 points each.</summary>
    ThreePointersMade,

    /// <summary>Free throws made, with their attempts and 1 point each.</summary>
    FreeThrowsMade,

    /// <summary>Offensive rebounds (and rebounds).</summary>
    OffensiveRebounds,

    /// <summary>Defensive rebounds (and rebounds).</summary>
    DefensiveRebounds,

    /// <summary>Assists.</summary>
    Assists,

    /// <summary>Steals.</summary>
    Steals,

    /// <summary>Blocks.</summary>
    Blocks,

    /// <summary>Turnovers (dead ball).</summary>
    Turnovers,

    /// <summary>Personal fouls.</summary>
    Fouls,
}
