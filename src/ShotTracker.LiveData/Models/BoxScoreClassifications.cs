namespace ShotTracker.LiveData.Models;

/// <summary>
/// Box score stat classifications (<see cref="BoxScoreStatsData.Classification"/>, <c>classification</c>): known
/// values, not an exhaustive list.
/// </summary>
/// <remarks>
/// The documentation names <c>THREE_POINT_MAKE</c> as its example; the others follow the same spelling for the
/// usual box score events. Compare with these constants, but expect classifications that are not listed here.
/// </remarks>
public static class BoxScoreClassifications
{
    /// <summary>A made two-point field goal (<c>TWO_POINT_MAKE</c>).</summary>
    public const string TwoPointMake = "TWO_POINT_MAKE";

    /// <summary>A missed two-point field goal (<c>TWO_POINT_MISS</c>).</summary>
    public const string TwoPointMiss = "TWO_POINT_MISS";

    /// <summary>A made three-point field goal (<c>THREE_POINT_MAKE</c>).</summary>
    public const string ThreePointMake = "THREE_POINT_MAKE";

    /// <summary>A missed three-point field goal (<c>THREE_POINT_MISS</c>).</summary>
    public const string ThreePointMiss = "THREE_POINT_MISS";

    /// <summary>A made free throw (<c>FREE_THROW_MAKE</c>).</summary>
    public const string FreeThrowMake = "FREE_THROW_MAKE";

    /// <summary>A missed free throw (<c>FREE_THROW_MISS</c>).</summary>
    public const string FreeThrowMiss = "FREE_THROW_MISS";

    /// <summary>An offensive rebound (<c>OFFENSIVE_REBOUND</c>).</summary>
    public const string OffensiveRebound = "OFFENSIVE_REBOUND";

    /// <summary>A defensive rebound (<c>DEFENSIVE_REBOUND</c>).</summary>
    public const string DefensiveRebound = "DEFENSIVE_REBOUND";

    /// <summary>An assist (<c>ASSIST</c>).</summary>
    public const string Assist = "ASSIST";

    /// <summary>A steal (<c>STEAL</c>).</summary>
    public const string Steal = "STEAL";

    /// <summary>A blocked shot (<c>BLOCK</c>).</summary>
    public const string Block = "BLOCK";

    /// <summary>A turnover (<c>TURNOVER</c>).</summary>
    public const string Turnover = "TURNOVER";

    /// <summary>A foul (<c>FOUL</c>).</summary>
    public const string Foul = "FOUL";
}
