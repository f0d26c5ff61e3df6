namespace ShotTracker.LiveData.Testing;

/// <summary>A team of a synthetic game with its final totals and its players' lines.</summary>
public sealed record TeamBoxScore
{
    /// <summary>Gets the team id.</summary>
    public required long TeamId { get; init; }

    /// <summary>Gets the team name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the jersey colour as <c>#RRGGBB</c>, as sent in the <c>JERSEY_COLOR</c> marker.</summary>
    public required string JerseyColor { get; init; }

    /// <summary>Gets the final score.</summary>
    public required int Points { get; init; }

    /// <summary>Gets the field goals made.</summary>
    public required int FieldGoalsMade { get; init; }

    /// <summary>Gets the field goals attempted.</summary>
    public required int FieldGoalsAttempted { get; init; }

    /// <summary>Gets the three-pointers made.</summary>
    public required int ThreePointersMade { get; init; }

    /// <summary>Gets the free throws made.</summary>
    public required int FreeThrowsMade { get; init; }

    /// <summary>Gets the rebounds.</summary>
    public required int Rebounds { get; init; }

    /// <summary>Gets the assists.</summary>
    public required int Assists { get; init; }

    /// <summary>Gets the turnovers.</summary>
    public required int Turnovers { get; init; }

    /// <summary>Gets the roster, in jersey order, with each player's final line.</summary>
    public required IReadOnlyList<PlayerBoxScore> Players { get; init; }
}
