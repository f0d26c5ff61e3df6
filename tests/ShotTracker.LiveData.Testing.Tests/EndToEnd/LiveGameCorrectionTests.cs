using System.Text.Json.Nodes;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// A full synthetic game folded from its messages with one made shot corrected to a miss: the score follows the
/// correction at once, and the next broadcast summary, which still counts the basket, is adopted with a discrepancy.
/// </summary>
public sealed class LiveGameCorrectionTests
{
    [Fact]
    public void FullGame_MadeShotCorrectedToAMiss_ScoreDropsThenTheNextSummaryIsAdoptedWithADiscrepancy()
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

        var summaryChange = game.Apply(events[nextSummary]);

        summaryChange!.Kinds.Should().HaveFlag(GameChangeKinds.Discrepancy);
        summaryChange.Discrepancies.Should().ContainEquivalentOf(new { TeamId = (TeamId?)teamId, PlayerId = (PlayerId?)null, Stat = "PTS" });
        summaryChange.Discrepancies.Should().ContainEquivalentOf(new { PlayerId = (PlayerId?)shooter, Stat = "PTS" });
        var discrepancy = summaryChange.Discrepancies.Single(d => d.PlayerId is null && d.Stat == "PTS" && d.TeamId == teamId);
        (discrepancy.Summary - discrepancy.Computed).Should().Be(2);

        foreach (var e in events.Skip(nextSummary + 1))
        {
            game.Apply(e);
        }

        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
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
