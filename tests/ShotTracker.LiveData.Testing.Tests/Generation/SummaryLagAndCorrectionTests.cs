using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Tests.Generation;

/// <summary>
/// The synthetic game's lagging summaries (built from the stats of a moment the summary is sent after) and league
/// corrections that only the summaries and the box score carry.
/// </summary>
public sealed class SummaryLagAndCorrectionTests
{
    private static readonly Dictionary<string, int> PointsOf = new(StringComparer.Ordinal)
    {
        ["TWO_POINT_MAKE"] = 2,
        ["THREE_POINT_MAKE"] = 3,
        ["FREE_THROW_MAKE"] = 1,
    };

    [Fact]
    public void Generate_SummaryLag_EachSummaryIsSentLagAfterItsAtAndCountsOnlyTheEventsUpToIt()
    {
        var lag = TimeSpan.FromSeconds(2);
        var game = SyntheticGame.Generate(Options(seed: 7, lag));
        var start = game.Messages[0].Offset;

        var summaries = 0;
        var eventsTheSummaryLeftOut = 0;
        var events = new List<(long T, string Team, int Points)>();
        foreach (var message in game.Messages)
        {
            using var json = JsonDocument.Parse(message.Utf8Json);
            var data = json.RootElement.GetProperty("data");
            if (message.Source == "boxscorestatsv2")
            {
                events.Add((data.GetProperty("t").GetInt64(), data.GetProperty("tid").GetString()!, PointsOf.GetValueOrDefault(data.GetProperty("classification").GetString()!)));
            }
            else if (message.Source == "broadcastsummary")
            {
                summaries++;
                var at = data.GetProperty("at").GetInt64();
                var reflects = TimeSpan.FromMilliseconds(at - SyntheticGameOptions.Short().StartTime.ToUnixTimeMilliseconds());
                (message.Offset - start).Should().Be(reflects + lag, "a summary is sent its lag after the moment it reflects");
                eventsTheSummaryLeftOut += events.Count(e => e.T > at);
                var home = data.GetProperty("game_stats").GetProperty("home").GetProperty("team");
                var homeId = home.GetProperty("team_id").GetInt64().ToString(CultureInfo.InvariantCulture);
                home.GetProperty("PTS").GetInt32().Should().Be(events.Where(e => e.T <= at && e.Team == homeId).Sum(e => e.Points), $"the summary at {at} counts the events up to it");
            }
        }

        summaries.Should().BeGreaterThan(5);
        eventsTheSummaryLeftOut.Should().BePositive("events of the last 2 s before a summary is sent are not in it");
        game.BoxScore.Should().BeEquivalentTo(SyntheticGame.Generate(Options(seed: 7, TimeSpan.Zero)).BoxScore, "the lag changes when summaries are sent, not the game");
    }

    [Fact]
    public void Generate_SummaryCorrection_OnlyTheSummariesFromItsTimeAndTheBoxScoreCarryIt()
    {
        var plain = SyntheticGame.Generate(Options(seed: 8, TimeSpan.Zero));
        var player = plain.BoxScore.Home.Players[0];
        var options = Options(seed: 8, TimeSpan.Zero);
        options.SummaryCorrections.Add(new SummaryCorrection { PlayerId = player.PlayerId, Stat = SummaryCorrectionStat.TwoPointersMade, After = TimeSpan.FromSeconds(40) });

        var corrected = SyntheticGame.Generate(options);

        corrected.BoxScore.Periods.Should().Equal(plain.BoxScore.Periods);
        var line = corrected.BoxScore.Home.Players[0];
        new { line.Points, line.FieldGoalsMade, line.FieldGoalsAttempted }.Should().Be(new { Points = player.Points + 2, FieldGoalsMade = player.FieldGoalsMade + 1, FieldGoalsAttempted = player.FieldGoalsAttempted + 1 });
        corrected.BoxScore.Home.Points.Should().Be(plain.BoxScore.Home.Points + 2);
        var start = options.StartTime.ToUnixTimeMilliseconds();
        var before = 0;
        var after = 0;
        foreach (var (plainSummary, correctedSummary) in Summaries(plain).Zip(Summaries(corrected)))
        {
            var difference = PlayerPoints(correctedSummary, player.PlayerId) - PlayerPoints(plainSummary, player.PlayerId);
            var carries = correctedSummary.GetProperty("at").GetInt64() - start >= 40_000;
            difference.Should().Be(carries ? 2 : 0);
            (carries ? ref after : ref before)++;
        }

        before.Should().BePositive();
        after.Should().BePositive();
        Plays(corrected).Should().Equal(Plays(plain), "no event explains the correction");
    }

    [Fact]
    public void Generate_CorrectionOfAPlayerNotOnTheRosters_Throws()
    {
        var options = Options(seed: 8, TimeSpan.Zero);
        options.SummaryCorrections.Add(new SummaryCorrection { PlayerId = 1, Stat = SummaryCorrectionStat.Assists });

        var act = () => SyntheticGame.Generate(options);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SyntheticGameOptions.SummaryCorrections));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(61_000, 1)]
    [InlineData(0, 0)]
    [InlineData(0, 11)]
    public void Generate_LagOrCorrectionOutOfRange_Throws(int lagMs, int delta)
    {
        var options = Options(seed: 8, TimeSpan.FromMilliseconds(lagMs));
        options.SummaryCorrections.Add(new SummaryCorrection { PlayerId = 1, Stat = SummaryCorrectionStat.Assists, Delta = delta });

        var act = () => SyntheticGame.Generate(options);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().BeOneOf(nameof(SyntheticGameOptions.BroadcastSummaryLag), nameof(SyntheticGameOptions.SummaryCorrections));
    }

    /// <summary>A short game in halves with a summary every 15 s of game clock.</summary>
    internal static SyntheticGameOptions Options(int seed, TimeSpan lag)
    {
        var options = SyntheticGameOptions.Short(seed, TimeSpan.FromMinutes(2));
        options.BroadcastSummaryInterval = TimeSpan.FromSeconds(15);
        options.BroadcastSummaryLag = lag;
        return options;
    }

    /// <summary>What each box score and chart event says happened: who, what and when.</summary>
    private static List<string> Plays(SyntheticGame game) =>
        game.Messages.Where(m => m.Source is "boxscorestatsv2" or "chart").Select(m =>
        {
            var data = JsonDocument.Parse(m.Utf8Json).RootElement.GetProperty("data");
            var what = data.TryGetProperty("classification", out var classification) ? classification.GetString() : data.GetProperty("st").GetString();
            return $"{m.Sequence} {data.GetProperty("eid")} {data.GetProperty("pid")} {what} {data.GetProperty("t")}";
        }).ToList();

    private static IEnumerable<JsonElement> Summaries(SyntheticGame game) =>
        game.Messages.Where(m => m.Source == "broadcastsummary").Select(m => JsonDocument.Parse(m.Utf8Json).RootElement.GetProperty("data"));

    private static int PlayerPoints(JsonElement summary, long playerId)
    {
        foreach (var side in new[] { "home", "away" })
        {
            foreach (var row in summary.GetProperty("game_stats").GetProperty(side).GetProperty("players").EnumerateArray())
            {
                if (row.GetProperty("player_id").GetInt64() == playerId)
                {
                    return row.GetProperty("PTS").GetInt32();
                }
            }
        }

        throw new InvalidOperationException($"player {playerId} is in no summary");
    }
}
