namespace ShotTracker.LiveData.Game;

/// <summary>What a <see cref="GameChange"/> changed; several at once for an event that changes several things.</summary>
[Flags]
public enum GameChangeKinds
{
    /// <summary>Nothing a viewer would notice.</summary>
    None = 0,

    /// <summary>A team's score.</summary>
    Score = 1,

    /// <summary>The game clock, the shot clock, whether they run, or the period.</summary>
    Clock = 2,

    /// <summary>Who is on court.</summary>
    Lineup = 4,

    /// <summary>A play was added to or corrected in the play-by-play.</summary>
    Play = 8,

    /// <summary>The game's status (not started, live, break, half time, final).</summary>
    Status = 16,

    /// <summary>The latest positions frame.</summary>
    Positions = 32,

    /// <summary>Box score lines other than the score (rebounds, assists, fouls, …).</summary>
    BoxScore = 64,

    /// <summary>Teams or players: names, jersey colours, jersey numbers, home and away, possession.</summary>
    Roster = 128,

    /// <summary>A persisting difference between the broadcast summaries and the computed values was adopted; see <see cref="GameChange.Discrepancies"/>.</summary>
    Discrepancy = 256,
}
