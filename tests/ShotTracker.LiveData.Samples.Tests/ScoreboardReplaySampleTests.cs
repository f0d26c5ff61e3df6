using System.Diagnostics;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Samples.Scoreboard;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests;

public sealed class ScoreboardReplaySampleTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"shottracker-replay-{Guid.NewGuid():N}.ndjson");

    [Fact]
    public async Task Replay_RecordedGameBehindABroadcastDelay_ShowsEveryEventAndTheFinalScoreOfTheRecording()
    {
        var recording = NdjsonRecording.OpenSampleGame();
        await using (var file = File.Create(_file))
        {
            await recording.SaveAsync(file);
        }

        var expected = new LiveGame();
        foreach (var message in recording.Messages)
        {
            expected.Apply(LiveDataMessageSerializer.Deserialize(message.Utf8Json.Span));
        }

        var output = new StringWriter();
        var watch = Stopwatch.StartNew();

        var exitCode = await ScoreboardApp.RunAsync(["--replay", _file, "--speed", "max", "--delay", "0.5"], output, interactive: false, CancellationToken.None)
            .WaitAsync(Timeout);

        var text = output.ToString();
        exitCode.Should().Be(0, text);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.5), "no event is shown before it is 0.5 s old");
        text.Should().Contain("Replaying").And.Contain("pace AsFastAsPossible").And.Contain("Broadcast delay 0.5 s");
        var scores = Regex.Match(text, @"FINAL  .+ (\d+)  -  .+ (\d+)");
        scores.Success.Should().BeTrue(text);
        new[] { int.Parse(scores.Groups[1].Value), int.Parse(scores.Groups[2].Value) }.Should().BeEquivalentTo(expected.Current.Teams.Select(t => t.Score));
        // Behind the delay the clock is keep-latest: of the clocks due at once only the newest is shown, nothing else is dropped.
        var clocks = recording.Messages.Count(m => LiveDataMessageSerializer.Deserialize(m.Utf8Json.Span) is ClockEvent);
        var shown = long.Parse(Regex.Match(text, @"(\d+) events, ").Groups[1].Value);
        shown.Should().BeInRange(expected.Current.EventCount - clocks + 1, expected.Current.EventCount);
    }

    [Fact]
    public async Task Replay_MissingFile_ExplainsAndExitsWithUsageCode()
    {
        var output = new StringWriter();

        var exitCode = await ScoreboardApp.RunAsync(["--replay", _file], output, interactive: false, CancellationToken.None).WaitAsync(Timeout);

        exitCode.Should().Be(2);
        output.ToString().Should().Contain("No recording at").And.Contain("dotnet run --project samples/Recorder -- --demo --out game.ndjson", "it says how to make one");
    }

    [Fact]
    public async Task Replay_FileThatIsNotARecording_ReportsTheUnreadableLinesAndFails()
    {
        // A PNG renamed .ndjson: binary lines, none of them a recorded message.
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0x0A, 0xFF, 0xD8, 0x00, 0x0A];
        await File.WriteAllBytesAsync(_file, png);
        var output = new StringWriter();

        var exitCode = await ScoreboardApp.RunAsync(["--replay", _file, "--speed", "max"], output, interactive: false, CancellationToken.None).WaitAsync(Timeout);

        var text = output.ToString();
        exitCode.Should().Be(1, text);
        text.Should().Contain("None of the 4 messages could be read").And.Contain("Recording line 1 cannot be read")
            .And.Contain("samples/Recorder").And.NotContain("FINAL").And.NotContain("..");
    }

    [Fact]
    public async Task Replay_RecordingWithABadLine_ReportsItAndShowsTheGame()
    {
        await using (var file = File.Create(_file))
        {
            await NdjsonRecording.OpenSampleGame().SaveAsync(file);
        }

        await File.AppendAllTextAsync(_file, "not a recorded message\n");
        var output = new StringWriter();

        var exitCode = await ScoreboardApp.RunAsync(["--replay", _file, "--speed", "max"], output, interactive: false, CancellationToken.None).WaitAsync(Timeout);

        var text = output.ToString();
        exitCode.Should().Be(0, text);
        text.Should().MatchRegex(@"FINAL  \S").And.MatchRegex(@"\n1 of \d+ messages could not be read and were skipped");
    }

    public void Dispose() => File.Delete(_file);
}
