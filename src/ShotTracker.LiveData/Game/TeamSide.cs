namespace ShotTracker.LiveData.Game;

/// <summary>Whether a <see cref="GameTeam"/> is the home or the away team.</summary>
public enum TeamSide
{
    /// <summary>Not known yet: only the broadcast summary says which team is home.</summary>
    Unknown = 0,

    /// <summary>The home team (<c>home</c> of the broadcast summary).</summary>
    Home = 1,

    /// <summary>The away team (<c>away</c> of the broadcast summary).</summary>
    Away = 2,
}
