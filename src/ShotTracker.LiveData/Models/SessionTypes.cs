namespace ShotTracker.LiveData.Models;

/// <summary>Known session types (<c>st</c> in <c>boxscorestatsv2</c> and <c>possessionstats</c>): known values, not an exhaustive list.</summary>
public static class SessionTypes
{
    /// <summary>A game (<c>GAME_ROUND</c>).</summary>
    public const string GameRound = "GAME_ROUND";
}
