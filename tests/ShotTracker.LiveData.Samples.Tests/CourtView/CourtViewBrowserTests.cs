using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using ShotTracker.LiveData.Samples.CourtView;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

/// <summary>
/// The page in a real browser (Debian's Chromium through Playwright) against the emulator at 10x: every wait polls
/// for what a viewer would see, with generous timeouts, and fails with the page's state when it never comes.
/// </summary>
public sealed class CourtViewBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string PlayerPositions =
        "() => Object.fromEntries([...document.querySelectorAll('#players g.player')].map(g => [g.dataset.pid, g.getAttribute('transform')]))";

    private const string ShownScores =
        "() => Object.fromEntries([...document.querySelectorAll('#scoreboard .team')].map(t => [t.dataset.teamId, +t.querySelector('.score').textContent]))";

    private const string ShotMarks = "() => document.querySelectorAll('#shots .shot').length";

    /// <summary>Everything on the page but the clocks and positions, which move on their own.</summary>
    private const string VisibleState =
        "() => [...document.querySelectorAll('#scoreboard .team')].map(t => t.textContent).join('|') + '|' + document.getElementById('period').textContent"
        + " + '|' + document.querySelectorAll('#shots .shot').length + '|' + document.getElementById('boxscore').textContent";

    private const string LinkState = "() => document.getElementById('link').dataset.state";

    [Fact]
    public async Task Page_TenPlayerMarkers_MoveBetweenTwoReads()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 21, speed: 10);
        var page = await session.OpenAsync(app);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#players g.player').length === 10");

        // Reads once a second until every one of the ten markers of the first read has moved at least once: a player may
        // stand still for a second (at the free-throw line), but none stays frozen. A substitution swaps a marker out,
        // so then the reading starts again from a new first read.
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserSession.WaitMilliseconds);
        var first = await page.EvaluateAsync<Dictionary<string, string>>(PlayerPositions);
        var moved = new HashSet<string>();
        var reads = new List<Dictionary<string, string>> { first };
        while (moved.Count < first.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            var next = await page.EvaluateAsync<Dictionary<string, string>>(PlayerPositions);
            reads.Add(next);
            if (!first.Keys.ToHashSet().SetEquals(next.Keys))
            {
                (first, moved) = (next, []);
                continue;
            }

            moved.UnionWith(next.Where(p => p.Value != first[p.Key]).Select(p => p.Key));
        }

        first.Should().HaveCount(10);
        moved.Should().BeEquivalentTo(first.Keys, $"all ten players move (reads: {string.Join(" | ", reads.Select(r => string.Join("; ", r)))})");
        (await page.EvaluateAsync<string>(LinkState)).Should().Be("live");
        await SaveScreenshotAsync(page);
    }

    [Fact]
    public async Task Scoreboard_ShowsTheEmulatorsScoreAtThatMoment_WithinOneScoringPlay()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 22, speed: 10);
        var emulator = app.Emulator!;
        var truth = new EmulatorScores(emulator);
        var page = await session.OpenAsync(app);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#scoreboard .team .score')].some(s => +s.textContent > 0)");

        var reads = new List<string>();
        for (var read = 0; read < 8; read++)
        {
            var sentBefore = emulator.MessagesSent;
            var shown = EmulatorScores.Format(await page.EvaluateAsync<Dictionary<string, int>>(ShownScores));
            var sentAfter = emulator.MessagesSent;

            truth.Between(sentBefore, sentAfter).Should().Contain(shown, $"read {read} was taken while the emulator sent messages {sentBefore} to {sentAfter}");
            reads.Add(shown);
            await Task.Delay(750);
        }

        reads.Distinct().Should().HaveCountGreaterThan(1, "the score changed while it was read over six seconds (60 s of game)");
        await SaveScreenshotAsync(page);
    }

    [Fact]
    public async Task ShotChart_GainsMarksAsShotsHappen_AndFiltersByTeam()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 23, speed: 10);
        var page = await session.OpenAsync(app);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#shots .shot').length > 0");
        var marks = await page.EvaluateAsync<int>(ShotMarks);

        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#shots .shot').length > {marks}");
        // The chart holds every field goal attempt of the box score shown next to it.
        await page.WaitForFunctionAsync(
            "() => { const fga = [...document.querySelectorAll('#boxscore tr.totals')].reduce((n, tr) => n + +tr.cells[4].textContent.split('-')[1], 0);"
            + " return fga > 0 && fga === document.querySelectorAll('#shots .shot').length; }");

        await page.ClickAsync("#filter-home");
        await page.WaitForFunctionAsync(
            "() => { const home = document.getElementById('team-home').dataset.teamId;"
            + " const [fgm, fga] = document.querySelector(`#boxscore table[data-team-id='${home}'] tr.totals`).cells[4].textContent.split('-').map(Number);"
            + " const shown = [...document.querySelectorAll('#shots .shot:not(.hidden)')];"
            + " return shown.length === fga && shown.filter(s => s.classList.contains('made')).length === fgm"
            + "   && shown.every(s => s.dataset.team === home) && document.querySelectorAll('#shots .shot.hidden').length > 0; }");
        await page.ClickAsync("#filter-all");
        (await page.EvaluateAsync<int>("() => document.querySelectorAll('#shots .shot.hidden').length")).Should().Be(0);
        await SaveScreenshotAsync(page);
    }

    [Fact]
    public async Task SecondPage_OpenedMidGame_ShowsTheSameState()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 24, speed: 10);
        var page = await session.OpenAsync(app);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#shots .shot').length >= 5");
        var marksBefore = await page.EvaluateAsync<int>(ShotMarks);

        var late = await session.OpenAsync(app);
        await late.WaitForFunctionAsync("() => document.querySelectorAll('#shots .shot').length > 0 && document.querySelectorAll('#players g.player').length === 10");
        (await late.EvaluateAsync<int>(ShotMarks)).Should().BeGreaterThanOrEqualTo(marksBefore, "a late page gets the game so far, not only what happens next");

        // Both follow the same game: wait for a moment when nothing is in flight to either.
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserSession.WaitMilliseconds);
        string first, second;
        do
        {
            first = await page.EvaluateAsync<string>(VisibleState);
            second = await late.EvaluateAsync<string>(VisibleState);
        }
        while (first != second && DateTime.UtcNow < deadline && await Delay(200));

        second.Should().Be(first);
        await SaveScreenshotAsync(late);
    }

    [Fact]
    public async Task ConnectionIndicator_EmulatorDropsTheConnection_ShowsReconnectingThenLive()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 25, speed: 10, reconnectDelay: TimeSpan.FromSeconds(1));
        var page = await session.OpenAsync(app);
        await page.WaitForFunctionAsync("() => document.getElementById('link').dataset.state === 'live' && document.querySelectorAll('#players g.player').length === 10");
        var dropsBefore = app.Emulator!.ConnectionsDropped;

        // Every connection now ends after one message, until the page has said so.
        app.Emulator.Faults.DropEveryMessages = 1;
        await page.WaitForFunctionAsync("() => document.getElementById('link').dataset.state === 'reconnecting'", null, new PageWaitForFunctionOptions { PollingInterval = 20 });
        app.Emulator.Faults.DropEveryMessages = null;
        app.Emulator.ConnectionsDropped.Should().BeGreaterThan(dropsBefore);

        await page.WaitForFunctionAsync("() => document.getElementById('link').dataset.state === 'live'");
        var clock = await page.TextContentAsync("#game-clock");
        await page.WaitForFunctionAsync($"() => document.getElementById('game-clock').textContent !== '{clock}'");
        (await page.EvaluateAsync<string>(LinkState)).Should().Be("live", "the game goes on after the reconnect");
        await SaveScreenshotAsync(page);
    }

    [Fact]
    public async Task BoxScore_MinutesAndTopSpeed_FollowTheGameClock()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 26, speed: 10);
        var page = await session.OpenAsync(app);
        await page.WaitForFunctionAsync("() => document.getElementById('period').textContent === 'Q1' && +document.getElementById('scoreboard').dataset.gc < 540000"
            + " && [...document.querySelectorAll('#boxscore tr.on-court')].length === 10");
        (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#boxscore table:first-child thead th')].map(th => th.textContent)"))
            .Should().Contain(["MIN", "TOP"]);

        // Each team's MIN is what the relay's snapshot says (read before and after the page, which lags it by at most a
        // second of game clock), never more than five times the clock run, and the same for both teams.
        var before = TeamSeconds(app.Relay.Game);
        var read = await page.EvaluateAsync<double[]>(
            "() => { const s = t => { const [m, x] = t.split(':').map(Number); return 60 * m + x; };"
            + " const run = 600 - +document.getElementById('scoreboard').dataset.gc / 1000;"
            + " return [run, ...[...document.querySelectorAll('#boxscore tr.totals')].map(tr => s(tr.cells[2].textContent))]; }");
        var after = TeamSeconds(app.Relay.Game);
        read.Should().HaveCount(3);
        read[1].Should().BeInRange(before.Min() - (5 * 2), after.Max() + 5, "the page shows the relay's minutes");
        read[1].Should().BeLessThanOrEqualTo((5 * read[0]) + 5, "five players at a time").And.BeGreaterThan(0);
        read[2].Should().BeApproximately(read[1], 5, "both teams had five on court all along");
        (await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#boxscore tr.on-court')].every(tr => tr.cells[2].textContent !== '0:00' && /^\\d+\\.\\d$/.test(tr.cells[14].textContent))"))
            .Should().BeTrue("everyone on court has played and has a top speed");
        await SaveScreenshotAsync(page);
    }

    [Fact]
    public async Task Page_At1400By1000_FitsWithoutScrolling()
    {
        await using var app = await BrowserSession.StartAppAsync(seed: 27, speed: 10);
        var page = await session.OpenAsync(app);
        // The first broadcast summary names every rostered player: the box score is as long as it gets.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#boxscore tr[data-player-id]').length >= 20 && document.querySelectorAll('#players g.player').length === 10");

        var size = await page.EvaluateAsync<Dictionary<string, double>>(
            "() => { const d = document.documentElement, b = document.querySelector('.box-panel');"
            + " return { innerWidth, innerHeight, scrollWidth: d.scrollWidth, scrollHeight: d.scrollHeight, boxBottom: b.getBoundingClientRect().bottom,"
            + " boxHidden: b.scrollHeight - b.clientHeight }; }");

        size["innerWidth"].Should().Be(1400);
        size["scrollHeight"].Should().BeLessThanOrEqualTo(size["innerHeight"], "the page fits 1400x1000 without scrolling");
        size["scrollWidth"].Should().BeLessThanOrEqualTo(size["innerWidth"]);
        size["boxBottom"].Should().BeLessThanOrEqualTo(size["innerHeight"], "the whole box score is in view");
        size["boxHidden"].Should().BeLessThanOrEqualTo(0, "no row of the box score is hidden in the panel");
        await SaveScreenshotAsync(page);
    }

    private static double[] TeamSeconds(ShotTracker.LiveData.Game.GameSnapshot game) =>
        [.. game.Teams.Select(t => game.PlayersOf(t.Id).Sum(p => Math.Floor(game.TrackingOf(p.Id)?.Game.TimeOnCourt.TotalSeconds ?? 0)))];

    private static async Task<bool> Delay(int milliseconds)
    {
        await Task.Delay(milliseconds);
        return true;
    }

    private static Task SaveScreenshotAsync(IPage page, [CallerMemberName] string name = "") =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsDirectory, $"{name}.png") });
}
