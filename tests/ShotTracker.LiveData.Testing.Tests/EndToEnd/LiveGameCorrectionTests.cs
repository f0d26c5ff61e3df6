using System.Text.Json.Nodes;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// Full synthetic games folded from their messages with a shot corrected by the feed (a higher version, a retracted
/// chart shot): the score follows the correction at once, and the summaries, which still count the basket, are
/// adopted once the difference persists, with one discrepancy.
/// </summary>
public sealed class LiveGameCorrectionTests
{
    [Fact]
    public void FullGame_MadeShotCorrectedToAMiss_ScoreDropsAtOnceThenThePersistingSummaryIsAdoptedOnce()
    {
        var synthetic = SyntheticGame.Generate(new SyntheticGameOptions { Seed = 31, LocationRateHz = 2 });
        var events = synthetic.Messages.Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span)).ToList();
        var madeIndex = events.FindIndex(e => e is BoxScoreStatsEvent { Data.Classification: "TWO_POINT_MAKE" });
        var made = (BoxScoreStatsEvent)events[madeIndex];
        var nextSummary = events.FindIndex(madeIndex, e => e is BroadcastSummaryEvent);
        var game = new LiveGame();
        foreach (var e in events.Take(madeIndex + 1))
        {
            game.Apply(e);
        }

        var teamId = TeamId.Parse(made.Data.TeamId!);
        var shooter = PlayerId.Parse(made.Data.PlayerId!);
        var before = game.Current;

        var change = game.Apply(Corrected(made, version: 2, "TWO_POINT_MISS"));

        change!.Kinds.Should().HaveFlag(GameChangeKinds.Score);
        game.Current.Team(teamId)!.Score.Should().Be(before.Team(teamId)!.Score - 2);
        game.Current.Player(shooter)!.Stats.Points.Should().Be(before.Player(shooter)!.Stats.Points - 2);
        game.Current.Player(shooter)!.Stats.FieldGoalsMade.Should().Be(before.Player(shooter)!.Stats.FieldGoalsMade - 1);
        game.Current.Player(shooter)!.Stats.FieldGoalsAttempted.Should().Be(before.Player(shooter)!.Stats.FieldGoalsAttempted);

        // The shot chart corrects its record of the shot too: the play is replaced in place, not added.
        var shot = (ChartEvent)events.Take(madeIndex).Last(e => e is ChartEvent);
        var chartChange = game.Apply(ShotMissed(shot));
        chartChange!.Kinds.Should().HaveFlag(GameChangeKinds.Play);
        game.Current.Plays.Count.Should().Be(before.Plays.Count);
        game.Current.Plays.OfType<ShotPlay>().Single(p => p.EventId == shot.Data.EventId).Made.Should().BeFalse();
        game.Current.Team(teamId)!.Score.Should().Be(before.Team(teamId)!.Score - 2, "the box score, not the chart, keeps the score");

        // The same version again, and an older one, change nothing.
        game.Apply(Corrected(made, version: 2, "TWO_POINT_MISS")).Should().BeNull();
        game.Apply(Corrected(made, version: 1, "TWO_POINT_MAKE")).Should().BeNull();
        game.Current.Team(teamId)!.Score.Should().Be(before.Team(teamId)!.Score - 2);

        foreach (var e in events.Skip(madeIndex + 1).Take(nextSummary - madeIndex - 1))
        {
            game.Apply(e);
        }

        // The summaries still count the basket: one alone is not trusted over the correction, a persisting one is.
        var summaryChange = game.Apply(events[nextSummary]);
        (summaryChange?.Kinds ?? GameChangeKinds.None).Should().NotHaveFlag(GameChangeKinds.Discrepancy);
        var followingSummary = events.FindIndex(nextSummary + 1, e => e is BroadcastSummaryEvent);
        var adopted = new List<GameDiscrepancy>();
        foreach (var e in events.Skip(nextSummary + 1).Take(followingSummary - nextSummary))
        {
            adopted.AddRange(game.Apply(e)?.Discrepancies ?? []);
        }

        adopted.Should().ContainEquivalentOf(new { TeamId = (TeamId?)teamId, PlayerId = (PlayerId?)null, Stat = "PTS" });
        adopted.Should().ContainEquivalentOf(new { PlayerId = (PlayerId?)shooter, Stat = "PTS" });
        var discrepancy = adopted.Single(d => d.PlayerId is null && d.Stat == "PTS" && d.TeamId == teamId);
        (discrepancy.Summary - discrepancy.Computed).Should().Be(2);

        foreach (var e in events.Skip(followingSummary + 1))
        {
            game.Apply(e);
        }

        game.Current.Discrepancies.Where(d => d.PlayerId is null && d.Stat == "PTS").Should().ContainSingle("the difference is reported once, when adopted");
        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
    }

    [Fact]
    public void FullGame_ChartOnlyFeedShotRetracted_ScoreDropsAtOnceThenThePersistingSummaryIsAdoptedOnce()
    {
        var options = SyntheticGameOptions.Short(seed: 33, TimeSpan.FromMinutes(2));
        options.FreeThrows = false;
        options.BroadcastSummaryInterval = TimeSpan.FromSeconds(15);
        options.BroadcastSummaryLag = TimeSpan.FromSeconds(1);
        var synthetic = SyntheticGame.Generate(options);
        var events = synthetic.Messages.Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span)).Where(e => e is not BoxScoreStatsEvent).ToList();
        var madeIndex = events.FindIndex(e => e is ChartEvent { Data.Result: ShotResult.Make });
        var made = (ChartEvent)events[madeIndex];
        var teamId = TeamId.Parse(made.Data.TeamId!);
        var game = new LiveGame();
        foreach (var e in events.Take(madeIndex + 1))
        {
            game.Apply(e);
        }

        var score = game.Current.Team(teamId)!.Score;

        var change = game.Apply(Retracted(made));

        change!.Kinds.Should().HaveFlag(GameChangeKinds.Score);
        game.Current.Team(teamId)!.Score.Should().Be(score - made.Data.Points!.Value, "a retracted shot takes its points back at once");
        var regressions = new List<string>();
        var adopted = new List<GameDiscrepancy>();
        foreach (var e in events.Skip(madeIndex + 1))
        {
            var before = game.Current;
            adopted.AddRange(game.Apply(e)?.Discrepancies ?? []);
            regressions.AddRange(LiveGameAssert.Regressions(before, game.Current));
        }

        regressions.Should().BeEmpty("only the retraction itself took points away");
        adopted.Where(d => d.PlayerId is null && d.Stat == "PTS").Should().ContainSingle("the summaries never saw the retraction: that difference persists, once")
            .Which.Should().Match<GameDiscrepancy>(d => d.TeamId == teamId && d.Summary - d.Computed == made.Data.Points);
        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
    }

    private static ChartEvent Retracted(ChartEvent original)
    {
        var json = JsonNode.Parse(LiveDataMessageSerializer.SerializeToString(original))!;
        json["data"]!["s"] = "DELETED";
        json.AsObject().Remove("seq");
        return (ChartEvent)LiveDataMessageSerializer.Deserialize(json.ToJsonString());
    }

    private static ChartEvent ShotMissed(ChartEvent original)
    {
        var json = JsonNode.Parse(LiveDataMessageSerializer.SerializeToString(original))!;
        json["data"]!["st"] = "MISS";
        json["data"]!["pts"] = 0;
        json.AsObject().Remove("seq");
        return (ChartEvent)LiveDataMessageSerializer.Deserialize(json.ToJsonString());
    }

    private static BoxScoreStatsEvent Corrected(BoxScoreStatsEvent original, long version, string classification)
    {
        var json = JsonNode.Parse(LiveDataMessageSerializer.SerializeToString(original))!;
        json["data"]!["v"] = version;
        json["data"]!["classification"] = classification;
        json.AsObject().Remove("seq");
        return (BoxScoreStatsEvent)LiveDataMessageSerializer.Deserialize(json.ToJsonString());
    }
}
