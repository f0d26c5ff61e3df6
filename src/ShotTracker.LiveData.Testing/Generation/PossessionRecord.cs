namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>One possession while it is being played: who has the ball, what happened, and how it started.</summary>
internal sealed class PossessionRecord(GameTeam offense, long startTimestamp, bool transition, bool afterTurnover)
{
    public GameTeam Offense { get; } = offense;

    public long StartTimestamp { get; } = startTimestamp;

    public bool Transition { get; } = transition;

    public bool AfterTurnover { get; } = afterTurnover;

    public bool AfterOffensiveRebound { get; set; }

    public List<(string Type, string PlayerId, long Timestamp)> Events { get; } = [];

    public IReadOnlyList<string> Lineup { get; } = offense.OnCourt.Select(p => p.IdText).ToList();

    public IReadOnlyList<string> OpponentLineup { get; } = offense.Opponent.OnCourt.Select(p => p.IdText).ToList();

    public int Passes { get; set; }

    public int BallReversals { get; set; }

    public int Points { get; set; }

    public string? ShotType { get; set; }

    public bool Turnover { get; set; }

    public string GroupName => Transition ? "TRANSITION" : $"PT{Math.Min(Passes, 3)}_BR{Math.Min(BallReversals, 2)}";
}
