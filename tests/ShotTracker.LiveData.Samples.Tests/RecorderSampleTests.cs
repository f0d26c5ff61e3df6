using ShotTracker.LiveData.Samples.Recorder;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests;

public sealed class RecorderSampleTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"shottracker-recording-{Guid.NewGuid():N}.ndjson");

    [Fact]
    public async Task Demo_RecordsTheWholeGame_AndTheEmulatorReplaysItMessageForMessage()
    {
        var output = new StringWriter();

        var exitCode = await RecorderApp.RunAsync(["--demo", "--seed", "9", "--out", _file], output, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        exitCode.Should().Be(0, output.ToString());
        var recording = await NdjsonRecording.LoadAsync(_file).WaitAsync(TimeSpan.FromSeconds(30));
        var game = SyntheticGame.Generate(SyntheticGameOptions.Short(9));
        recording.Messages.Select(m => WithoutTimestamps(m.Utf8Json)).Should().Equal(
            game.Messages.Select(m => WithoutTimestamps(m.Utf8Json)),
            "without faults, the recording is the game, byte for byte and in order but for the timestamps, which the emulator takes from its clock");
        output.ToString().Should().Contain($"Recorded {game.Messages.Count} messages");
    }

    [Theory]
    [InlineData("--demo")]
    [InlineData("--out", "x.ndjson")]
    [InlineData("--out", "x.ndjson", "--endpoint", "wss://example.invalid/live")]
    public async Task IncompleteArguments_PrintUsage(params string[] args)
    {
        var output = new StringWriter();

        var exitCode = await RecorderApp.RunAsync(args, output, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        exitCode.Should().Be(2);
        output.ToString().Should().Contain("usage: Recorder");
    }

    public void Dispose() => File.Delete(_file);

    private static string WithoutTimestamps(ReadOnlyMemory<byte> utf8Json) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.Encoding.UTF8.GetString(utf8Json.Span), @"\b\d{13}\b|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", "#");
}
