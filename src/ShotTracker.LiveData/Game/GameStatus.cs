namespace ShotTracker.LiveData.Game;

/// <summary>Where a game stands, as <see cref="GameSnapshot.Status"/>.</summary>
public enum GameStatus
{
    /// <summary>No playing period has been seen yet (or the feed says <c>PRE</c>).</summary>
    NotStarted = 0,

    /// <summary>A quarter, half or overtime is being played (its clock may be stopped for a timeout or a foul).</summary>
    Live = 1,

    /// <summary>A period has ended (its clock stopped at zero) and the next has not started.</summary>
    PeriodBreak = 2,

    /// <summary>Half time: the feed says <c>HT</c>, or the first half's last period has ended.</summary>
    Halftime = 3,

    /// <summary>The game is over: the feed says <c>END</c> or <c>COMPLETED</c>.</summary>
    Final = 4,
}
