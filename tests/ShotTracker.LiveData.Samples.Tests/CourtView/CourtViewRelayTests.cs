using System.Diagnostics;
using System.Text.Json;
using ShotTracker.LiveData.Samples.CourtView;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

/// <summary>The app over real sockets, read as a browser's EventSource would, without a browser.</summary>
public sealed class CourtViewRelayTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Events_JoinAfterTheGame_GetsTheWholeGameAtOnce()
    {
        await using var app = await CourtViewApp.StartAsync(["--demo", "--port", "0", "--speed", "0", "--seed", "3"], TextWriter.Null, CancellationToken.None);
        await app.Feed.WaitAsync(Timeout);
        var truth = app.Emulator!.BoxScore!;
        var charted = app.Relay.Game.Plays.Count(CourtWire.IsCharted);

        var events = await ReadEventsAsync(app, "events", until: e => e.Count(x => x.Event is "game" or "shots" or "tick") >= 3, TimeSpan.FromSeconds(30));

        events.Select(e => e.Event).Should().Equal(["game", "shots", "tick"], "the whole state comes first, then nothing while the game is over");
        using var game = JsonDocument.Parse(events[0].Data);
        game.RootElement.GetProperty("link").GetString().Should().Be("final");
        var scores = game.RootElement.GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("score").GetInt32());
        scores.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            [truth.Home.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = truth.Home.Points,
            [truth.Away.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = truth.Away.Points,
        });
        using var shots = JsonDocument.Parse(events[1].Data);
        shots.RootElement.GetProperty("from").GetInt32().Should().Be(0);
        shots.RootElement.GetProperty("shots").GetArrayLength().Should().Be(charted).And.Be(truth.Home.FieldGoalsAttempted + truth.Away.FieldGoalsAttempted);
    }

    [Fact]
    public async Task Events_GameOver_BoxScoreCarriesMinutesTopSpeedAndDistance()
    {
        await using var app = await CourtViewApp.StartAsync(["--demo", "--port", "0", "--speed", "0", "--seed", "5"], TextWriter.Null, CancellationToken.None);
        await app.Feed.WaitAsync(Timeout);
        var final = app.Relay.Game;
        var periods = app.Emulator!.BoxScore!.Periods;
        var defaults = new ShotTracker.LiveData.Testing.SyntheticGameOptions();
        var gameMs = periods.Sum(p => (p.StartsWith("OT", StringComparison.Ordinal) ? defaults.OvertimeLength : defaults.PeriodLength).TotalMilliseconds);

        var events = await ReadEventsAsync(app, "events", until: e => e.Any(x => x.Event == "game"), TimeSpan.FromSeconds(30));

        using var game = JsonDocument.Parse(events.First(e => e.Event == "game").Data);
        var players = game.RootElement.GetProperty("players").EnumerateArray().ToList();
        foreach (var team in players.GroupBy(p => p.GetProperty("team").GetString()))
        {
            // At most five at a time; less when frames and clock ticks were merged for a slow reader (a jump of the
            // clock credits nobody).
            team.Sum(p => p.GetProperty("min").GetInt64()).Should().BePositive().And.BeLessThanOrEqualTo((long)(5 * gameMs), $"at most five of team {team.Key} were on court");
        }

        foreach (var player in players)
        {
            var tracking = final.TrackingOf(ShotTracker.LiveData.Models.PlayerId.Parse(player.GetProperty("id").GetString()!));
            var top = player.GetProperty("top");
            player.GetProperty("min").GetInt64().Should().Be((long)(tracking?.Game.TimeOnCourt.TotalMilliseconds ?? 0), "the final snapshot's minutes");
            if (tracking?.Game.TopSpeed is { } speed)
            {
                top.GetDouble().Should().Be(Math.Round(speed, 2));
                player.GetProperty("dist").GetDouble().Should().Be(Math.Round(tracking.Game.Distance, 1));
            }
            else
            {
                top.ValueKind.Should().Be(JsonValueKind.Null, "a player no frame carried has no top speed");
            }
        }

        players.Count(p => p.GetProperty("top").ValueKind == JsonValueKind.Number).Should().BeGreaterThan(10, "everyone who played was tracked");
    }

    [Fact]
    public async Task Events_BrowserAsksForFourPerSecond_NeverGetsMore()
    {
        // 30x: location frames reach the relay at 300 per second.
        await using var app = await CourtViewApp.StartAsync(["--demo", "--port", "0", "--speed", "30", "--seed", "4"], TextWriter.Null, CancellationToken.None);
        var read = Stopwatch.StartNew();

        var events = await ReadEventsAsync(app, "events?hz=4", until: _ => false, TimeSpan.FromSeconds(5));

        var ticks = events.Count(e => e.Event == "tick");
        ticks.Should().BeGreaterThanOrEqualTo(5, "positions keep coming");
        ticks.Should().BeLessThanOrEqualTo(1 + (int)(read.Elapsed.TotalSeconds * 4), $"at most 4 a second over {read.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<List<(string Event, string Data)>> ReadEventsAsync(
        CourtViewApp app, string path, Func<List<(string Event, string Data)>, bool> until, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = app.Url, Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        using var stop = new CancellationTokenSource(duration);
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var text = new System.Text.StringBuilder();
        var events = new List<(string Event, string Data)>();
        try
        {
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                text.Append(line).Append('\n');
                if (line.Length == 0)
                {
                    events = SseTestStream.Parse(text.ToString()).ToList();
                    if (until(events))
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Read for as long as asked.
        }

        return SseTestStream.Parse(text.ToString()).ToList();
    }
}
