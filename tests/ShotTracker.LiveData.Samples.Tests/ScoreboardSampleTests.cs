using System.Text.RegularExpressions;
using ShotTracker.LiveData.Samples.Scoreboard;
using ShotTracker.LiveData.Tests.Shared;

namespace ShotTracker.LiveData.Samples.Tests;

public sealed class ScoreboardSampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Demo_FullGameWithDroppedConnections_ShowsFinalScoreThatMatchesTheEmulator()
    {
        var output = new StringWriter();

        var exitCode = await ScoreboardApp.RunAsync(["--demo", "--speed", "max", "--seed", "5", "--drop-every", "300"], output, interactive: false, CancellationToken.None)
            .WaitAsync(Timeout);

        var text = output.ToString();
        exitCode.Should().Be(0, text);
        text.Should().Contain("Final score matches the emulator's box score.");
        text.Should().MatchRegex(@"FINAL  .+ \d+  -  .+ \d+");
        Regex.Match(text, @"(\d+) reconnects").Groups[1].Value.Should().NotBe("0", "the emulator dropped the connection every 300 messages");
        Regex.Matches(text, @"^Q[1-4]|^OT", RegexOptions.Multiline).Count.Should().BeGreaterThan(20, "each scoring change prints a line with the period");
    }

    [Fact]
    public async Task Demo_Interactive_RedrawsTheBoardInPlace()
    {
        var output = new StringWriter();

        var exitCode = await ScoreboardApp.RunAsync(["--demo", "--speed", "max", "--seed", "6"], output, interactive: true, CancellationToken.None)
            .WaitAsync(Timeout);

        exitCode.Should().Be(0);
        var text = output.ToString();
        text.Should().Contain("\u001b[", "the board moves the cursor back up to redraw itself");
        text.Should().Contain("top scorers:").And.Contain("last shot:").And.Contain("HOME").And.Contain("AWAY");
    }

    [Theory]
    [InlineData(new string[0], "Give one of --demo, --endpoint or --replay.")]
    [InlineData(new[] { "--demo", "--endpoint", "wss://example.invalid/live" }, "Give one of --demo, --endpoint or --replay.")]
    [InlineData(new[] { "--speed" }, "--speed needs a value.")]
    [InlineData(new[] { "--bogus" }, "Unknown argument --bogus.")]
    [InlineData(new[] { "--endpoint", "wss://example.invalid/live" }, "A subscription token is needed")]
    public async Task BadArguments_ExplainAndExitWithUsageCode(string[] args, string expected)
    {
        var output = new StringWriter();

        var exitCode = await ScoreboardApp.RunAsync(args, output, interactive: false, CancellationToken.None).WaitAsync(Timeout);

        exitCode.Should().Be(2);
        output.ToString().Should().Contain(expected);
    }

    [Fact]
    public async Task Demo_Cancelled_StopsPromptlyWithCode130()
    {
        var output = new StringWriter();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        // Real time: the game would take most of an hour; cancelling must end it at once.
        var exitCode = await ScoreboardApp.RunAsync(["--demo", "--speed", "1"], output, interactive: false, cancellation.Token).WaitAsync(Timeout);

        exitCode.Should().Be(130);
        output.ToString().Should().Contain("Stopped.");
    }

    /// <summary>
    /// The process as <c>kill</c>, <c>docker stop</c>, systemd or Ctrl+C stop it: the first signal stops the stream
    /// and the emulator cleanly, and the exit code tells which signal it was.
    /// </summary>
    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task Demo_AsAProcess_Signalled_StopsPromptlyWithTheConventionalCode(string signal, int expected)
    {
        if (signal == "INT" && ChildProcess.SigintIgnoredHere)
        {
            return;
        }

        using var scoreboard = ChildProcess.Start("samples/Scoreboard", "Scoreboard", "--demo", "--speed", "1");
        await scoreboard.WaitForLineAsync("Emulator streaming a synthetic game", Timeout);

        scoreboard.Signal(signal);

        (await scoreboard.WaitForExitAsync(Timeout)).Should().Be(expected, scoreboard.Output);
        scoreboard.Output.Should().Contain("Stopped.");
    }
}
