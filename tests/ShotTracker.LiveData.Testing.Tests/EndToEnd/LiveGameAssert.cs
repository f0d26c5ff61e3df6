using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Testing.Tests.EndToEnd;

/// <summary>Compares a projection's final snapshot with the emulator's own box score, team by team and player by player.</summary>
internal static class LiveGameAssert
{
    public static void MatchesBoxScore(GameSnapshot game, GameBoxScore truth)
    {
        game.Status.Should().Be(GameStatus.Final);
        game.GameId.Should().Be(truth.GameId);
        game.Period!.Value.Code.Should().Be(truth.Periods[^1]);
        game.Home!.Id.Should().Be(TeamId.FromNumber(truth.Home.TeamId));
        game.Away!.Id.Should().Be(TeamId.FromNumber(truth.Away.TeamId));
        foreach (var team in new[] { truth.Home, truth.Away })
        {
            var projected = game.Team(TeamId.FromNumber(team.TeamId));
            projected.Should().NotBeNull();
            projected!.Name.Should().Be(team.Name);
            projected.JerseyColor.Should().Be(team.JerseyColor);
            projected.Score.Should().Be(team.Points, $"{team.Name}'s score");
            var stats = projected.Stats;
            new { stats.Points, stats.FieldGoalsMade, stats.FieldGoalsAttempted, stats.ThreePointersMade, stats.FreeThrowsMade, stats.Rebounds, stats.Assists, stats.Turnovers }
                .Should().Be(new { team.Points, team.FieldGoalsMade, team.FieldGoalsAttempted, team.ThreePointersMade, team.FreeThrowsMade, team.Rebounds, team.Assists, team.Turnovers }, $"{team.Name}'s totals");
            projected.OnCourt.Should().HaveCount(5);
            game.PlayersOf(projected.Id).Should().HaveCount(team.Players.Count);
            foreach (var player in team.Players)
            {
                var line = game.Player(PlayerId.FromNumber(player.PlayerId));
                line.Should().NotBeNull($"player {player.PlayerId} is on the roster");
                line!.TeamId.Should().Be(TeamId.FromNumber(team.TeamId));
                new { line.FirstName, line.LastName, line.JerseyNumber, line.Position }
                    .Should().Be(new { player.FirstName, player.LastName, JerseyNumber = (int?)player.JerseyNumber, Position = (string?)player.Position });
                var s = line.Stats;
                new
                {
                    s.Points, s.FieldGoalsMade, s.FieldGoalsAttempted, s.ThreePointersMade, s.ThreePointersAttempted, s.FreeThrowsMade,
                    s.FreeThrowsAttempted, s.Rebounds, s.Assists, s.Steals, s.Turnovers, s.Blocks, s.Fouls, s.PlusMinus,
                }.Should().Be(
                    new
                    {
                        player.Points, player.FieldGoalsMade, player.FieldGoalsAttempted, player.ThreePointersMade, player.ThreePointersAttempted,
                        player.FreeThrowsMade, player.FreeThrowsAttempted, player.Rebounds, player.Assists, player.Steals, player.Turnovers,
                        player.Blocks, player.Fouls, player.PlusMinus,
                    },
                    $"player {player.PlayerId}'s line");
            }
        }
    }

    /// <summary>The play-by-play holds one play per shot, free throw, rebound, assist, steal, block, turnover and foul.</summary>
    public static void HasEveryPlay(GameSnapshot game, GameBoxScore truth)
    {
        var players = truth.Home.Players.Concat(truth.Away.Players).ToList();
        var shots = game.Plays.OfType<ShotPlay>().ToList();
        shots.Count(s => s.Kind != ShotKind.FreeThrow).Should().Be(players.Sum(p => p.FieldGoalsAttempted));
        shots.Count(s => s.Kind != ShotKind.FreeThrow && s.Made).Should().Be(players.Sum(p => p.FieldGoalsMade));
        shots.Where(s => s.Kind != ShotKind.FreeThrow).Should().OnlyContain(s => s.X != null && s.Y != null && s.Period != null);
        shots.Count(s => s.Kind == ShotKind.FreeThrow).Should().Be(players.Sum(p => p.FreeThrowsAttempted));
        game.Plays.OfType<ReboundPlay>().Count().Should().Be(players.Sum(p => p.Rebounds));
        game.Plays.OfType<AssistPlay>().Count().Should().Be(players.Sum(p => p.Assists));
        game.Plays.OfType<StealPlay>().Count().Should().Be(players.Sum(p => p.Steals));
        game.Plays.OfType<BlockPlay>().Count().Should().Be(players.Sum(p => p.Blocks));
        game.Plays.OfType<TurnoverPlay>().Count().Should().Be(players.Sum(p => p.Turnovers));
        game.Plays.OfType<FoulPlay>().Count().Should().Be(players.Sum(p => p.Fouls));
        game.Plays.Select(p => p.EventId).Where(id => id is not null).Should().OnlyHaveUniqueItems();
    }

    /// <summary>
    /// Every team score and every counting stat (all but plus-minus) of a team or player that is lower in
    /// <paramref name="after"/> than in <paramref name="before"/>, described; empty when nothing went backwards.
    /// </summary>
    public static IEnumerable<string> Regressions(GameSnapshot before, GameSnapshot after)
    {
        foreach (var team in after.Teams)
        {
            if (before.Team(team.Id) is { } earlier)
            {
                if (team.Score < earlier.Score)
                {
                    yield return $"{team.DisplayName}'s score {earlier.Score} -> {team.Score}";
                }

                foreach (var stat in Lower(earlier.Stats, team.Stats))
                {
                    yield return $"{team.DisplayName}'s {stat}";
                }
            }
        }

        foreach (var player in after.Players.Values)
        {
            if (before.Player(player.Id) is { } earlier)
            {
                foreach (var stat in Lower(earlier.Stats, player.Stats))
                {
                    yield return $"player {player.Id}'s {stat}";
                }
            }
        }
    }

    private static IEnumerable<string> Lower(BoxScoreLine before, BoxScoreLine after)
    {
        foreach (var property in typeof(BoxScoreLine).GetProperties())
        {
            if (property.PropertyType == typeof(int) && property.Name != nameof(BoxScoreLine.PlusMinus)
                && (int)property.GetValue(after)! < (int)property.GetValue(before)!)
            {
                yield return $"{property.Name} {property.GetValue(before)} -> {property.GetValue(after)}";
            }
        }
    }

    /// <summary>Reads every change from the start until the game completes, collecting what went backwards.</summary>
    public static async Task<List<string>> CollectRegressionsAsync(LiveGame game)
    {
        var enumerator = game.ChangesAsync().GetAsyncEnumerator();
        var next = enumerator.MoveNextAsync();
        var regressions = new List<string>();
        var previous = game.Current;
        while (await next)
        {
            regressions.AddRange(LiveGameAssert.Regressions(previous, enumerator.Current.Snapshot));
            previous = enumerator.Current.Snapshot;
            next = enumerator.MoveNextAsync();
        }

        await enumerator.DisposeAsync();
        return regressions;
    }
}
