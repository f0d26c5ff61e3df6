using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>
/// A full synthetic game folded with some box score events lost on the way: each broadcast summary reveals what the
/// lost events would have added. A difference is adopted once it persists (here: once the settle time has passed),
/// so right after each summary the projection equals it except for what was lost since the summary before; the final
/// summary is adopted at once.
/// </summary>
public sealed class LiveGameSummaryConsistencyTests
{
    [Fact]
    public void FullGame_BoxScoreEventsLost_EverySummaryIsMetOnceSettledAndTheGameEndsRight()
    {
        var synthetic = SyntheticGame.Generate(new SyntheticGameOptions { Seed = 32, LocationRateHz = 1 });
        var boxScoreEvents = 0;
        var lost = new List<BoxScoreStatsData>();
        var events = synthetic.Messages
            .Select(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span))
            .Where(e => e is not BoxScoreStatsEvent stat || ++boxScoreEvents % 25 != 0 || Lose(lost, stat.Data))
            .ToList();
        var game = new LiveGame();
        var summaries = 0;
        var previousAt = long.MinValue;
        var regressions = new List<string>();

        foreach (var e in events)
        {
            var before = game.Current;
            game.Apply(e);
            regressions.AddRange(LiveGameAssert.Regressions(before, game.Current));
            if (e is BroadcastSummaryEvent { Data: { GameStats: { } stats, Timestamp: { } at } summary })
            {
                summaries++;
                var pending = summary.GamePeriod?.IsFinal == true ? [] : lost.Where(l => l.Timestamp > previousAt && l.Timestamp <= at).ToList();
                EqualsSummary(game.Current, stats, pending);
                previousAt = at;
            }
        }

        summaries.Should().BeGreaterThan(10);
        regressions.Should().BeEmpty("the lost events only ever make a summary higher than the events");
        game.Current.Discrepancies.Should().NotBeEmpty("every 25th box score event was lost");
        game.Current.Discrepancies.Should().OnlyContain(d => d.Stat == "PLUS_MINUS" || d.Summary > d.Computed, "a lost event only ever adds to a count");
        LiveGameAssert.MatchesBoxScore(game.Current, synthetic.BoxScore);
    }

    private static bool Lose(List<BoxScoreStatsData> lost, BoxScoreStatsData stat)
    {
        lost.Add(stat);
        return false;
    }

    /// <summary>The projection equals the summary but for the events lost since the summary before, still pending.</summary>
    private static void EqualsSummary(GameSnapshot game, PeriodStats stats, List<BoxScoreStatsData> pending)
    {
        static int Points(BoxScoreStatsData s) => s.Classification switch
        {
            "TWO_POINT_MAKE" => 2,
            "THREE_POINT_MAKE" => 3,
            "FREE_THROW_MAKE" => 1,
            _ => 0,
        };

        foreach (var side in new[] { stats.Home!, stats.Away! })
        {
            var team = game.Team(TeamId.FromNumber(side.Team!.TeamId!.Value))!;
            var teamPending = pending.Where(l => TeamId.Parse(l.TeamId!) == team.Id).Sum(Points);
            team.Score.Should().Be(side.Team.Points - teamPending, $"{team.DisplayName}'s score equals the summary's but for what is still pending");
            foreach (var row in side.Players!.Where(r => !r.IsTeamRow))
            {
                var player = game.Player(PlayerId.FromNumber(row.PlayerId!.Value))!;
                var own = pending.Where(l => PlayerId.Parse(l.PlayerId!) == player.Id).ToList();
                new { player.Stats.Points, player.Stats.Rebounds, player.Stats.Assists }
                    .Should().Be(
                        new
                        {
                            Points = row.Points!.Value - own.Sum(Points),
                            Rebounds = row.Rebounds!.Value - own.Count(l => l.Classification!.EndsWith("REBOUND", StringComparison.Ordinal)),
                            Assists = row.Assists!.Value - own.Count(l => l.Classification == "ASSIST"),
                        },
                        $"player {player.Id} equals the summary but for what is still pending");
            }
        }
    }
}
