namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known actor types (<see cref="BoxScoreStatsData.ActorType"/>, <c>act</c>): known values, not an exhaustive list.
/// </summary>
public static class ActorTypes
{
    /// <summary>The event belongs to a player (<c>PLAYER</c>).</summary>
    public const string Player = "PLAYER";

    /// <summary>The event belongs to a team (<c>TEAM</c>).</summary>
    public const string Team = "TEAM";
}
