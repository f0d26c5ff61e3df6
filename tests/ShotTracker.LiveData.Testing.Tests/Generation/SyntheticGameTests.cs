using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Tests.Generation;

public sealed class SyntheticGameTests
{
    private static readonly string[] SequencedSources = ["marker", "boxscorestatsv2", "chart", "possessions", "possessionstats", "lineupstats"];

    [Fact]
    public void Generate_SameSeed_ProducesIdenticalBytes()
    {
        var first = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 42));
        var second = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 42));

        second.Messages.Should().HaveCount(first.Messages.Count);
        for (var i = 0; i < first.Messages.Count; i++)
        {
            second.Messages[i].Offset.Should().Be(first.Messages[i].Offset);
            second.Messages[i].Utf8Json.ToArray().Should().Equal(first.Messages[i].Utf8Json.ToArray(), $"message {i} must be identical");
        }

        second.BoxScore.Should().BeEquivalentTo(first.BoxScore);
    }

    [Fact]
    public void Generate_DifferentSeed_ProducesDifferentGame()
    {
        var first = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 1));
        var second = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 2));

        second.BoxScore.GameId.Should().NotBe(first.BoxScore.GameId);
        second.BoxScore.Home.Name.Should().NotBe(first.BoxScore.Home.Name);
        string.Concat(second.Messages.Select(m => m.GetJson())).Should().NotBe(string.Concat(first.Messages.Select(m => m.GetJson())));
    }

    [Fact]
    public void Generate_LocationRate_DoesNotChangeThePlayByPlay()
    {
        var slow = SyntheticGameOptions.Short(seed: 9);
        var fast = SyntheticGameOptions.Short(seed: 9);
        fast.LocationRateHz = 10;

        SyntheticGame.Generate(fast).BoxScore.Should().BeEquivalentTo(SyntheticGame.Generate(slow).BoxScore);
    }

    [Fact]
    public void Generate_EveryMessage_ParsesAsATypedSdkEvent()
    {
        var options = SyntheticGameOptions.Short(seed: 5, TimeSpan.FromSeconds(90));
        options.PeriodFormat = GamePeriodFormat.Quarters;
        options.BroadcastSummaryInterval = TimeSpan.FromSeconds(60);
        var game = SyntheticGame.Generate(options);

        foreach (var message in game.Messages)
        {
            var parsed = LiveDataMessageSerializer.Deserialize(message.Utf8Json.Span);

            parsed.Should().NotBeOfType<UnknownLiveDataEvent>(message.GetJson());
            parsed.Source!.Value.ToWireName().Should().Be(message.Source);
            parsed.Sequence.Should().Be(message.Sequence);
        }

        game.Messages.Select(m => m.Source).Distinct().Should().BeEquivalentTo(
            ["marker", "broadcastsummary", "boxscorestatsv2", "chart", "possessions", "possessionstats", "lineupstats", "location", "clock"]);
    }

    [Fact]
    public void Generate_SequencedSources_ShareOneSequenceStartingAtOne()
    {
        var game = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 3));

        var sequenced = game.Messages.Where(m => m.Sequence is not null).ToList();
        sequenced.Select(m => m.Sequence!.Value).Should().Equal(Enumerable.Range(1, sequenced.Count).Select(i => (long)i));
        sequenced.Select(m => m.Source).Should().OnlyContain(s => SequencedSources.Contains(s));
        game.Messages.Where(m => m.Sequence is null).Select(m => m.Source).Should().OnlyContain(s => !SequencedSources.Contains(s));
        game.Messages.Select(m => m.Offset).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData(1, GamePeriodFormat.Halves, true)]
    [InlineData(7, GamePeriodFormat.Quarters, true)]
    [InlineData(11, GamePeriodFormat.Quarters, false)]
    public void Generate_RunningTotals_AddUpAcrossChartBoxScoreAndSummary(int seed, GamePeriodFormat format, bool freeThrows)
    {
        var options = SyntheticGameOptions.Short(seed, TimeSpan.FromSeconds(90));
        options.PeriodFormat = format;
        options.FreeThrows = freeThrows;
        var game = SyntheticGame.Generate(options);
        var messages = game.Messages.Select(Payload.Parse).ToList();

        foreach (var team in new[] { game.BoxScore.Home, game.BoxScore.Away })
        {
            var teamId = team.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var chartPoints = messages.Where(m => m.Source == "chart" && m.Data.GetProperty("tid").GetString() == teamId)
                .Sum(m => m.Data.GetProperty("pts").GetInt32());
            var box = messages.Where(m => m.Source == "boxscorestatsv2" && m.Data.GetProperty("tid").GetString() == teamId).ToList();
            var freeThrowsMade = box.Count(m => m.Data.GetProperty("classification").GetString() == "FREE_THROW_MAKE");
            var lastTeamScore = box[^1].Data.GetProperty("stats").GetProperty("TEAM_SCORE").GetInt32();
            var summary = messages.Last(m => m.Source == "broadcastsummary").Data;
            var side = summary.GetProperty("game_stats").GetProperty(team == game.BoxScore.Home ? "home" : "away");

            (chartPoints + freeThrowsMade).Should().Be(team.Points);
            lastTeamScore.Should().Be(team.Points);
            side.GetProperty("team").GetProperty("PTS").GetInt32().Should().Be(team.Points);
            side.GetProperty("team").GetProperty("team_id").GetInt64().Should().Be(team.TeamId);
            team.Players.Sum(p => p.Points).Should().Be(team.Points);
            side.GetProperty("players").EnumerateArray().Where(p => p.GetProperty("player_id").GetInt64() != 0)
                .Sum(p => p.GetProperty("PTS").GetInt32()).Should().Be(team.Points);
            foreach (var player in team.Players)
            {
                var id = player.PlayerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var shots = messages.Where(m => m.Source == "chart" && m.Data.GetProperty("pid").GetString() == id).ToList();
                shots.Count.Should().Be(player.FieldGoalsAttempted);
                shots.Count(m => m.Data.GetProperty("st").GetString() == "MAKE").Should().Be(player.FieldGoalsMade);
                var lastLine = box.LastOrDefault(m => m.Data.GetProperty("pid").GetString() == id);
                (lastLine?.Data.GetProperty("stats").GetProperty("PTS").GetInt32() ?? 0).Should().Be(player.Points);
            }

            var possessions = messages.Count(m => m.Source == "possessions" && m.Data.GetProperty("possession").GetProperty("teamId").GetString() == teamId);
            var lastPossessionStats = messages.Last(m => m.Source == "possessionstats" && m.Data.GetProperty("tid").GetString() == teamId);
            var overall = lastPossessionStats.Data.GetProperty("summary").EnumerateArray().Single(g => g.GetProperty("type").GetString() == "OVERALL");
            overall.GetProperty("POSS").GetInt32().Should().Be(possessions);
            if (!freeThrows)
            {
                overall.GetProperty("PTS").GetInt32().Should().Be(team.Points);
                chartPoints.Should().Be(team.Points);
                freeThrowsMade.Should().Be(0);
            }
        }

        messages.Last(m => m.Source == "broadcastsummary").Data.GetProperty("period").GetString().Should().Be("COMPLETED");
        game.BoxScore.Home.Points.Should().NotBe(game.BoxScore.Away.Points, "a game never ends tied");
        game.BoxScore.Home.Points.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Generate_SummaryBlocks_FollowThePeriodFormat()
    {
        var halves = Payload.Parse(SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 4)).Messages[^1]).Data;
        var quarterOptions = SyntheticGameOptions.Short(seed: 4);
        quarterOptions.PeriodFormat = GamePeriodFormat.Quarters;
        var quarters = Payload.Parse(SyntheticGame.Generate(quarterOptions).Messages[^1]).Data;

        halves.TryGetProperty("half_1_stats", out _).Should().BeTrue();
        halves.TryGetProperty("half_2_stats", out _).Should().BeTrue();
        halves.TryGetProperty("quarter_1_stats", out _).Should().BeFalse();
        quarters.TryGetProperty("quarter_4_stats", out _).Should().BeTrue();
        quarters.TryGetProperty("half_2_stats", out _).Should().BeTrue();
        var teamRow = quarters.GetProperty("game_stats").GetProperty("home").GetProperty("players")[0];
        teamRow.GetProperty("player_id").GetInt64().Should().Be(0);
        teamRow.GetProperty("jersey_number").GetInt32().Should().Be(-1);
        teamRow.GetProperty("first_name").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Generate_Summary_ZoneMapsAndPossessionTypesAddUpToTheBoxScore()
    {
        var game = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 13, TimeSpan.FromMinutes(2)));
        var summary = Payload.Parse(game.Messages[^1]).Data.GetProperty("game_stats");
        var possessions = game.Messages.Where(m => m.Source == "possessions").Select(Payload.Parse).ToList();

        foreach (var side in new[] { "home", "away" })
        {
            var team = summary.GetProperty(side).GetProperty("team");
            team.GetProperty("OVERALL_PTS").GetInt32().Should().Be(team.GetProperty("PTS").GetInt32());
            var teamId = team.GetProperty("team_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            team.GetProperty("OVERALL_POSS").GetInt32().Should().Be(possessions.Count(p => p.Data.GetProperty("possession").GetProperty("teamId").GetString() == teamId));
            foreach (var row in summary.GetProperty(side).GetProperty("players").EnumerateArray())
            {
                var shots = row.GetProperty("shots").EnumerateArray().ToList();
                shots.Should().HaveCount(14);
                int Attempts(string name) => row.GetProperty(name).EnumerateArray().Sum(z => int.Parse(z.GetProperty("DISPLAY").GetString()!.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture));
                Attempts("shots").Should().Be(row.GetProperty("FGA").GetInt32());
                (Attempts("cas_shots") + Attempts("otd_shots")).Should().Be(row.GetProperty("FGA").GetInt32());
            }
        }
    }

    [Fact]
    public void Generate_TiedGames_GoToOvertime()
    {
        var overtimeGames = Enumerable.Range(1, 60)
            .Select(seed => SyntheticGame.Generate(SyntheticGameOptions.Short(seed, TimeSpan.FromSeconds(20))))
            .Where(g => g.BoxScore.Periods.Contains("OT"))
            .ToList();

        overtimeGames.Should().NotBeEmpty("short games are often tied after regulation");
        foreach (var game in overtimeGames)
        {
            var summary = Payload.Parse(game.Messages[^1]).Data;
            summary.TryGetProperty("ot_1_stats", out _).Should().BeTrue();
            game.BoxScore.Home.Points.Should().NotBe(game.BoxScore.Away.Points);
            game.Messages.Any(m => m.Source == "clock" && m.GetJson().Contains("\"period\":\"OT\"", StringComparison.Ordinal)).Should().BeTrue();
        }
    }

    [Fact]
    public void Generate_Clock_TicksTwiceASecondWhileRunning()
    {
        var game = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 8));
        var firstHalf = game.Messages.Where(m => m.Source == "clock").Select(Payload.Parse)
            .Where(m => m.Data.GetProperty("period").GetString() == "H1").ToList();

        firstHalf.Should().HaveCount(121, "60 s at 2 Hz plus the final STOPPED tick");
        firstHalf[0].Data.GetProperty("min").GetString().Should().Be("1");
        firstHalf[1].Data.GetProperty("sec").GetString().Should().Be("59");
        firstHalf[1].Data.GetProperty("subSec").GetString().Should().Be("5");
        firstHalf[^1].Data.GetProperty("state").GetString().Should().Be("STOPPED");
    }

    [Fact]
    public void Generate_Locations_TenPlayersAndTheBallStayOnTheCourtAndMoveAtHumanSpeed()
    {
        var options = SyntheticGameOptions.Short(seed: 6);
        options.LocationRateHz = 10;
        var game = SyntheticGame.Generate(options);
        var frames = game.Messages.Where(m => m.Source == "location").Select(Payload.Parse).ToList();

        frames.Should().HaveCount(2 * 60 * 10);
        foreach (var frame in frames)
        {
            var samples = frame.Data.GetProperty("locations").EnumerateArray().ToList();
            samples.Count(s => s.GetProperty("type").GetString() == "PLAYER").Should().Be(10);
            samples.Count(s => s.GetProperty("type").GetString() == "BALL").Should().Be(1);
            foreach (var sample in samples)
            {
                Math.Abs(sample.GetProperty("x").GetDouble()).Should().BeLessThanOrEqualTo(14325);
                Math.Abs(sample.GetProperty("y").GetDouble()).Should().BeLessThanOrEqualTo(7620);
                if (sample.GetProperty("type").GetString() == "PLAYER")
                {
                    sample.GetProperty("speed").GetDouble().Should().BeLessThanOrEqualTo(7.0);
                }
            }
        }

        var travelled = frames[^1].Data.GetProperty("locations")[0].GetProperty("dist").GetDouble();
        travelled.Should().BeGreaterThan(20, "a player on court moves during the game");
    }

    [Fact]
    public void Generate_Locations_VelocitiesMatchHowFarPlayersMoveBetweenFrames()
    {
        var options = SyntheticGameOptions.Short(seed: 12);
        options.LocationRateHz = 10;
        var frames = SyntheticGame.Generate(options).Messages.Where(m => m.Source == "location").Select(Payload.Parse)
            .Select(f => (Period: f.Data.GetProperty("period").GetString(), Players: f.Data.GetProperty("locations").EnumerateArray()
                .Where(s => s.GetProperty("type").GetString() == "PLAYER")
                .ToDictionary(s => s.GetProperty("pid").GetInt64(), s => (X: s.GetProperty("x").GetDouble(), Vx: s.GetProperty("vx").GetDouble(), Y: s.GetProperty("y").GetDouble(), Vy: s.GetProperty("vy").GetDouble()))))
            .ToList();
        var compared = 0;

        for (var i = 1; i < frames.Count; i++)
        {
            if (frames[i].Period != frames[i - 1].Period)
            {
                continue;
            }

            foreach (var (id, now) in frames[i].Players)
            {
                if (!frames[i - 1].Players.TryGetValue(id, out var before))
                {
                    continue;
                }

                // Velocities are m/s, positions mm, frames 100 ms apart; events between frames split the motion steps.
                (now.X - before.X).Should().BeApproximately(now.Vx * 100, 40);
                (now.Y - before.Y).Should().BeApproximately(now.Vy * 100, 40);
                compared++;
            }
        }

        compared.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void Generate_Substitutions_SendLineupStatsAndLineupMarkers()
    {
        var game = SyntheticGame.Generate(SyntheticGameOptions.Short(seed: 2, TimeSpan.FromMinutes(3)));
        var markers = game.Messages.Where(m => m.Source == "marker").Select(Payload.Parse).ToList();

        markers[0].Data.GetProperty("status").GetString().Should().Be("JERSEY_COLOR");
        markers[0].Data.GetProperty("data").GetProperty("team1JerseyColor").GetString().Should().MatchRegex("^#[0-9A-F]{6}$");
        markers.Count(m => m.Data.GetProperty("status").GetString() == "LINEUP").Should().BeGreaterThan(2);
        var lineups = game.Messages.Where(m => m.Source == "lineupstats").Select(Payload.Parse).ToList();
        lineups.Should().NotBeEmpty();
        lineups.Should().OnlyContain(l => l.Data.GetProperty("players").GetArrayLength() == 5);
        game.Messages.Count(m => m.Source == "possessions").Should().BeGreaterThan(10);
        game.Messages.Count(m => m.Source == "possessionstats").Should().Be(game.Messages.Count(m => m.Source == "possessions"));
    }
}
