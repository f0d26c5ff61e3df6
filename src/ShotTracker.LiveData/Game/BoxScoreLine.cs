using System.Diagnostics;

namespace ShotTracker.LiveData.Game;

/// <summary>A running box score line of a player or a team, computed from the events folded so far.</summary>
/// <remarks>
/// Counts come from <c>boxscorestatsv2</c> events (from <c>chart</c> shots when the feed carries no box score events),
/// with corrections applied, and with the broadcast summaries' persisted differences adopted. Plus-minus is computed from who was
/// on court when points were scored.
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed record BoxScoreLine
{
    /// <summary>Gets an empty line.</summary>
    public static BoxScoreLine Empty { get; } = new();

    /// <summary>Gets the points (<c>PTS</c>).</summary>
    public int Points { get; init; }

    /// <summary>Gets the field goals made (<c>FG</c>).</summary>
    public int FieldGoalsMade { get; init; }

    /// <summary>Gets the field goals attempted (<c>FGA</c>).</summary>
    public int FieldGoalsAttempted { get; init; }

    /// <summary>Gets the three-pointers made (<c>FG3</c>).</summary>
    public int ThreePointersMade { get; init; }

    /// <summary>Gets the three-pointers attempted (<c>FGA3</c>).</summary>
    public int ThreePointersAttempted { get; init; }

    /// <summary>Gets the free throws made (<c>FT</c>).</summary>
    public int FreeThrowsMade { get; init; }

    /// <summary>Gets the free throws attempted (<c>FTA</c>).</summary>
    public int FreeThrowsAttempted { get; init; }

    /// <summary>Gets the offensive rebounds (<c>OFFENSIVE_REB</c>).</summary>
    public int OffensiveRebounds { get; init; }

    /// <summary>Gets the defensive rebounds (<c>DEFENSIVE_REB</c>).</summary>
    public int DefensiveRebounds { get; init; }

    /// <summary>Gets the rebounds (<c>REB</c>).</summary>
    public int Rebounds { get; init; }

    /// <summary>Gets the assists (<c>AST</c>).</summary>
    public int Assists { get; init; }

    /// <summary>Gets the steals (<c>STL</c>).</summary>
    public int Steals { get; init; }

    /// <summary>Gets the blocks (<c>BLK</c>).</summary>
    public int Blocks { get; init; }

    /// <summary>Gets the turnovers (<c>TO</c>).</summary>
    public int Turnovers { get; init; }

    /// <summary>Gets the fouls committed (<c>FL</c>).</summary>
    public int Fouls { get; init; }

    /// <summary>Gets the plus/minus (<c>PLUS_MINUS</c>): points scored minus points allowed while on court; a team's is its margin.</summary>
    public int PlusMinus { get; init; }

    // What a debugger shows for a line: short, and never every figure.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{Points} pts, {FieldGoalsMade}/{FieldGoalsAttempted} FG, {Rebounds} reb, {Assists} ast");
}
