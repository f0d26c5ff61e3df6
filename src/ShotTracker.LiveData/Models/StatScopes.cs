namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known scopes of possession stat totals (<see cref="PossessionStatsData.Scope"/>, <c>scope</c>): known values,
/// not an exhaustive list.
/// </summary>
public static class StatScopes
{
    /// <summary>The totals cover the whole session (<c>SESSION</c>).</summary>
    public const string Session = "SESSION";
}
