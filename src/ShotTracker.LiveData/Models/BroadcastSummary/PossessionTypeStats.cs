namespace ShotTracker.LiveData.Models;

/// <summary>
/// A team's stats for one possession type (such as <c>OVERALL</c>, <c>TRANSITION</c> or <c>PT0_BR0</c>), gathered
/// from the <c>{TYPE}_*</c> fields of a <see cref="TeamStatLine"/>; see <see cref="TeamStatLine.PossessionTypes"/>.
/// </summary>
/// <remarks>
/// A field that is absent, or whose value cannot be read as the documented type, is <see langword="null"/> here;
/// its raw value is always in <see cref="LiveDataModel.AdditionalProperties"/> of the team line.
/// </remarks>
public sealed record PossessionTypeStats
{
    /// <summary>Gets the total field goals (<c>{TYPE}_FG_VALUE</c>).</summary>
    public double? FgValue { get; init; }

    /// <summary>Gets the field goal percentage, as sent (<c>{TYPE}_FG</c>).</summary>
    public string? FgPercent { get; init; }

    /// <summary>Gets the field goals as a fraction for display, as sent (<c>{TYPE}_FG_FRACTION</c>).</summary>
    public string? FgFraction { get; init; }

    /// <summary>Gets the number of possessions (<c>{TYPE}_POSS</c>).</summary>
    public int? Possessions { get; init; }

    /// <summary>Gets the points (<c>{TYPE}_PTS</c>).</summary>
    public int? Points { get; init; }

    /// <summary>Gets the 2-point makes (<c>{TYPE}_2PTM</c>).</summary>
    public int? TwoPointMade { get; init; }

    /// <summary>Gets the 2-point attempts (<c>{TYPE}_2PTA</c>).</summary>
    public int? TwoPointAttempted { get; init; }

    /// <summary>Gets the 3-point makes (<c>{TYPE}_3PTM</c>).</summary>
    public int? ThreePointMade { get; init; }

    /// <summary>Gets the 3-point attempts (<c>{TYPE}_3PTA</c>).</summary>
    public int? ThreePointAttempted { get; init; }

    /// <summary>Gets the turnovers (<c>{TYPE}_TO</c>).</summary>
    public int? Turnovers { get; init; }

    /// <summary>Gets the points per possession (<c>{TYPE}_PPP</c>).</summary>
    public double? PointsPerPossession { get; init; }

    /// <summary>
    /// Gets which team's field goal value is higher for this possession type (<c>{TYPE}_FG_VALUE_ARROW</c>),
    /// compared with the away team.
    /// </summary>
    public double? FgValueArrow { get; init; }
}
