using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// <see cref="LiveGame"/> over whole emulated games streamed through <see cref="LiveDataClient"/>: the projection ends
/// equal to the emulator's own box score for every team and player, however the game reached it.
/// </summary>
public sealed class LiveGameFullGameTests
{
    private static readonly TimeSpan GameTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SummaryLag = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task FullGame_ThroughClient_EndsEqualToTheEmulatorsBoxScore()
    {
        await using var emulator = await StartAsync(seed: 21, faults: null);
        await using var client = new LiveDataClient(ClientOptions(emulator));
        var game = new LiveGame();
        var reader = ReadChangesAsync(game);

        var final = await game.RunAsync(client.StreamAsync()).WithTimeout(GameTimeout);

        LiveGameAssert.MatchesBoxScore(final, emulator.BoxScore!);
        LiveGameAssert.HasEveryPlay(final, emulator.BoxScore!);
        final.Discrepancies.Should().BeEmpty("every broadcast summary agreed with what the events added up to");
        final.Positions.Should().NotBeNull();
        final.Plays.Should().OnlyContain(p => p.GameClock != null && p.Period != null, "every play of a game watched live has its period and clock");
        foreach (var period in final.Plays.GroupBy(p => p.Period))
        {
            period.Select(p => p.GameClock!.Value).Should().BeInDescendingOrder($"the clock counts down through {period.Key}");
        }

        var (scoreChanges, plays, last) = await reader.WithTimeout();
        scoreChanges.Should().BePositive();
        plays.Should().Equal(final.Plays, "changes may be merged for a slow reader, but no play is lost");
        last.Should().BeSameAs(final, "the change stream ends on the latest snapshot");
    }

    [Fact]
    public async Task FullGame_EmulatorDropsTheConnectionEvery200MessagesSummariesLag_EndsEqualToTheEmulatorsBoxScore()
    {
        await using var emulator = await StartAsync(seed: 22, new EmulatorFaults { DropEveryMessages = 200 }, SummaryLag);
        await using var client = new LiveDataClient(ClientOptions(emulator));
        var game = new LiveGame();
        var reading = LiveGameAssert.CollectRegressionsAsync(game);

        var final = await game.RunAsync(client.StreamAsync()).WithTimeout(GameTimeout);

        emulator.ConnectionsDropped.Should().BeGreaterThan(50, "the emulator dropped the connection every 200 messages");
        LiveGameAssert.MatchesBoxScore(final, emulator.BoxScore!);
        LiveGameAssert.HasEveryPlay(final, emulator.BoxScore!);
        final.Discrepancies.Should().BeEmpty();
        (await reading.WithTimeout()).Should().BeEmpty("nothing a viewer sees goes backwards");
    }

    [Fact]
    public async Task FullGame_ProjectionStartsMidGameFromCatchUpSummariesLag_EndsEqualToTheEmulatorsBoxScore()
    {
        await using var emulator = await StartAsync(seed: 23, faults: null, SummaryLag);

        // Someone else watches the first half, so the game is in the third quarter when the projection joins.
        await using (var early = new LiveDataClient(ClientOptions(emulator)))
        {
            await foreach (var e in early.StreamAsync().WithCancellation(CancellationToken.None))
            {
                if (e is ClockEvent { Data.Period: "Q3" })
                {
                    break;
                }
            }
        }

        var options = ClientOptions(emulator);
        options.LastSequence = 0;
        await using var client = new LiveDataClient(options);
        var game = new LiveGame();
        string? firstClockPeriod = null;

        var final = await game.RunAsync(Watch(client.StreamAsync(), e => firstClockPeriod ??= (e as ClockEvent)?.Data.Period)).WithTimeout(GameTimeout);

        firstClockPeriod.Should().BeOneOf(["Q3", "Q4"], "the projection joined mid-game: the clock it saw first was already in the second half");
        LiveGameAssert.MatchesBoxScore(final, emulator.BoxScore!);
        LiveGameAssert.HasEveryPlay(final, emulator.BoxScore!);
        final.Discrepancies.Should().BeEmpty();
    }

    /// <summary>With a summary lag, summaries are sent that long after the moment they reflect, stamped in game time from a fixed tip-off.</summary>
    private static Task<LiveDataEmulator> StartAsync(int seed, EmulatorFaults? faults, TimeSpan summaryLag = default) =>
        LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = summaryLag == TimeSpan.Zero
                ? new SyntheticGameOptions { Seed = seed, LocationRateHz = 5 }
                : new SyntheticGameOptions { Seed = seed, LocationRateHz = 5, BroadcastSummaryLag = summaryLag, StartTime = new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero) },
            Pace = LiveDataReplayPace.AsFastAsPossible,
            Faults = faults ?? new EmulatorFaults(),
        }).WithTimeout();

    private static LiveDataClientOptions ClientOptions(LiveDataEmulator emulator) => new()
    {
        Endpoint = emulator.Endpoint,
        TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
        AllowInsecureTransport = true,
        Reconnect = new ReconnectOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
    };

    /// <summary>Starts reading changes at once (before the game is folded) and collects them until the game completes.</summary>
    private static async Task<(int ScoreChanges, List<GamePlay> Plays, GameSnapshot? Last)> ReadChangesAsync(LiveGame game)
    {
        var enumerator = game.ChangesAsync().GetAsyncEnumerator();
        var next = enumerator.MoveNextAsync();
        var count = 0;
        var plays = new List<GamePlay>();
        GameSnapshot? last = null;
        while (await next)
        {
            count += enumerator.Current.Kinds.HasFlag(GameChangeKinds.Score) ? 1 : 0;
            plays.AddRange(enumerator.Current.Plays);
            last = enumerator.Current.Snapshot;
            next = enumerator.MoveNextAsync();
        }

        await enumerator.DisposeAsync();
        return (count, plays, last);
    }

    private static async IAsyncEnumerable<LiveDataEvent> Watch(IAsyncEnumerable<LiveDataEvent> events, Action<LiveDataEvent> watch)
    {
        await foreach (var e in events)
        {
            watch(e);
            yield return e;
        }
    }
}
