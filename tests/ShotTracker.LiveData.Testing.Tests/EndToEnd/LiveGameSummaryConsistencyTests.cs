using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// A full synthetic game folded with some box score events lost on the way: each broadcast summary reveals what the
/// lost events would have added, and right after it the projection equals the summary.
/// </summary>
public sealed class LiveGameSummaryConsistencyTests
{
    [Fact]
    public void FullGame_BoxScoreEventsLost_EverySummaryIsMetExactlyAndTheGameEndsRight()
    {
        var synthetic = SyntheticGame.Generate(new SyntheticGameOptions { Seed = 32, LocationRateHz = 1 });
        var boxScoreEvents = 0;
        var events = synthetic.Messages
            .Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span))
            .Where(e => e is not BoxScoreStatsEvent || ++boxScoreEvents % 25 != 0)
            .ToList();
        var game = new LiveGame();
        var summaries = 0;

        foreach (var e in events)
        {
            game.Apply(e);
            if (e is BroadcastSummaryEvent { Data.GameStats: { } stats })
            {
                summaries++;
                EqualsSummary(game.Current, stats);
            }
        }

        summaries.Should().BeGreaterThan(10);
        game.Current.Discrepancies.Should().NotBeEmpty("every 25th box score event was lost");
        game.Current.Discrepancies.Should().OnlyContain(d => d.Summary != d.Computed);
        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
    }

    private static void EqualsSummary(GameSnapshot game, PeriodStats stats)
    {
        foreach (var side in new[] { stats.Home!, stats.Away! })
        {
            var team = game.Team(TeamId.FromNumber(side.Team!.TeamId!.Value))!;
            team.Score.Should().Be(side.Team.Points, $"{team.DisplayName}'s score equals the summary's");
            foreach (var row in side.Players!.Where(r => !r.IsTeamRow))
            {
                var player = game.Player(PlayerId.FromNumber(row.PlayerId!.Value))!;
                new { player.Stats.Points, player.Stats.Rebounds, player.Stats.Assists }
                    .Should().Be(new { Points = row.Points!.Value, Rebounds = row.Rebounds!.Value, Assists = row.Assists!.Value }, $"player {player.Id} equals the summary");
            }
        }
    }
}
