namespace ShotTracker.LiveData.Testing.Replay;

/// <summary>How the shipped <c>Recordings/sample-game.ndjson</c> was produced, so a test can check it still is.</summary>
internal static class SampleGame
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    public static SyntheticGameOptions Options => new()
    {
        Seed = 2026,
        PeriodFormat = GamePeriodFormat.Halves,
        PeriodLength = TimeSpan.FromSeconds(45),
        OvertimeLength = TimeSpan.FromSeconds(20),
        BreakLength = TimeSpan.FromSeconds(5),
        LocationRateHz = 1,
        BroadcastSummaryInterval = TimeSpan.Zero,
        StartTime = StartTime,
    };
}
