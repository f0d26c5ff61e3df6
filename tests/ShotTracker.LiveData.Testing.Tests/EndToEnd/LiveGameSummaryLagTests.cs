using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Testing.Tests.Generation;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// Whole emulated games whose broadcast summaries lag the events, as a separate summary pipeline's do, with the
/// default <see cref="LiveGameOptions"/>: no score or counting stat ever goes backwards, no discrepancy is reported,
/// and a real league correction that only the summaries carry is adopted once.
/// </summary>
public sealed class LiveGameSummaryLagTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(500)]
    [InlineData(1000)]
    [InlineData(2000)]
    [InlineData(3000)]
    public void FullGame_SummariesLagTheEvents_NothingGoesBackwardsNoDiscrepancyAndTheBoxScoreIsExact(int lagMs)
    {
        var synthetic = SyntheticGame.Generate(SummaryLagAndCorrectionTests.Options(seed: 41, TimeSpan.FromMilliseconds(lagMs)));
        var game = new LiveGame();
        var regressions = new List<string>();
        var summariesBehindTheEvents = 0;
        long latestEventTime = 0;

        foreach (var e in synthetic.Messages.Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span)))
        {
            latestEventTime = Math.Max(latestEventTime, (e as BoxScoreStatsEvent)?.Data.Timestamp ?? 0);
            summariesBehindTheEvents += e is BroadcastSummaryEvent { Data.Timestamp: { } at } && at < latestEventTime ? 1 : 0;
            var before = game.Current;
            var change = game.Apply(e);
            regressions.AddRange(LiveGameAssert.Regressions(before, game.Current));
            change?.Discrepancies.Should().BeEmpty();
        }

        if (lagMs > 0)
        {
            summariesBehindTheEvents.Should().BePositive("some summaries arrive after events they do not count yet");
        }

        regressions.Should().BeEmpty();
        game.Current.Discrepancies.Should().BeEmpty();
        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
    }

    [Fact]
    public async Task FullGame_SummariesLag3SecondsThroughTheClient_NothingGoesBackwardsNoDiscrepancyAndTheBoxScoreIsExact()
    {
        var options = Emulators.FastOptions(seed: 42);
        options.Game = SummaryLagAndCorrectionTests.Options(seed: 42, TimeSpan.FromSeconds(3));
        options.Game.StartTime = new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero);
        await using var emulator = await LiveDataEmulator.StartAsync(options).WithTimeout();
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = emulator.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token),
            AllowInsecureTransport = true,
        });
        var game = new LiveGame();
        var reading = LiveGameAssert.CollectRegressionsAsync(game);

        var final = await game.RunAsync(client.StreamAsync()).WithTimeout(TimeSpan.FromMinutes(2));

        (await reading.WithTimeout()).Should().BeEmpty("no change a viewer sees moves a score or a counting stat backwards");
        final.Discrepancies.Should().BeEmpty();
        LiveGameAssert.MatchesBoxScore(final, emulator.BoxScore!);
    }

    [Fact]
    public void FullGame_CorrectionOnlyInTheSummaries_AdoptedWithinTwoSummariesReportedOnceScoreChangesOnce()
    {
        var plain = SyntheticGame.Generate(SummaryLagAndCorrectionTests.Options(seed: 44, TimeSpan.FromSeconds(1)));
        var player = plain.BoxScore.Home.Players[1];
        var options = SummaryLagAndCorrectionTests.Options(seed: 44, TimeSpan.FromSeconds(1));
        options.SummaryCorrections.Add(new SummaryCorrection { PlayerId = player.PlayerId, Stat = SummaryCorrectionStat.TwoPointersMade, After = TimeSpan.FromSeconds(50) });
        var synthetic = SyntheticGame.Generate(options);
        synthetic.BoxScore.Periods.Should().Equal(plain.BoxScore.Periods, "the correction does not change how long the game lasts");
        var correctedFrom = options.StartTime.ToUnixTimeMilliseconds() + 50_000;
        var home = TeamId.FromNumber(synthetic.BoxScore.Home.TeamId);
        var game = new LiveGame();
        var regressions = new List<string>();
        var summariesWithTheCorrection = 0;
        int? adoptedAtSummary = null;
        var scoreJumps = new List<int>();

        foreach (var e in synthetic.Messages.Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span)))
        {
            summariesWithTheCorrection += e is BroadcastSummaryEvent { Data.Timestamp: { } at } && at >= correctedFrom ? 1 : 0;
            var before = game.Current;
            var change = game.Apply(e);
            regressions.AddRange(LiveGameAssert.Regressions(before, game.Current));
            if (change is { Discrepancies.Count: > 0 })
            {
                adoptedAtSummary ??= summariesWithTheCorrection;
                scoreJumps.Add(game.Current.Team(home)!.Score - before.Team(home)!.Score);
            }
        }

        adoptedAtSummary.Should().BeInRange(1, 2, "the correction is adopted within two summaries that carry it");
        scoreJumps.Should().Equal([2], "the home score changed once, by the corrected basket");
        game.Current.Discrepancies.Select(d => (d.PlayerId, d.Stat)).Should().BeEquivalentTo(new (PlayerId?, string)[]
        {
            (null, "PTS"), (null, "FG"), (null, "FGA"),
            (PlayerId.FromNumber(player.PlayerId), "PTS"), (PlayerId.FromNumber(player.PlayerId), "FG"), (PlayerId.FromNumber(player.PlayerId), "FGA"),
        }, "each corrected stat is reported once");
        game.Current.Discrepancies.Should().OnlyContain(d => d.TeamId == home && d.Summary - d.Computed == (d.Stat == "PTS" ? 2 : 1));
        regressions.Should().BeEmpty();
        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
        synthetic.BoxScore.Home.Points.Should().Be(plain.BoxScore.Home.Points + 2, "the emulator's own box score is the truth, correction included");
    }
}
