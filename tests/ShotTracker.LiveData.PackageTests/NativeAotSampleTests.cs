using System.Runtime.InteropServices;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.PackageTests;

[Collection(DotNetCliCollection.Name)]
public sealed class NativeAotSampleTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("shottracker-aot-").FullName;

    [Fact]
    public async Task AotSample_PublishedNatively_HasNoTrimOrAotWarningsAndStreamsAGameFromTheEmulator()
    {
        var root = RepositoryRoot.Find();

        // Warnings are errors in this repository, so trim (IL2xxx) or AOT (IL3xxx) analysis findings fail the publish.
        var publish = await DotNetCli.RunAsync(root, TimeSpan.FromMinutes(15), "publish", Path.Combine(root, "samples", "AotConsole"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", _output);
        publish.Should().NotMatchRegex(@"warning IL[23]\d{3}");
        var binary = Path.Combine(_output, OperatingSystem.IsWindows() ? "AotConsole.exe" : "AotConsole");
        File.Exists(binary).Should().BeTrue();
        File.Exists(Path.Combine(_output, "AotConsole.dll")).Should().BeFalse("a Native AOT publish has no IL assembly to run");

        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 4),
            Pace = LiveDataReplayPace.AsFastAsPossible,
        });
        var output = await DotNetCli.RunProgramAsync(binary, _output, TimeSpan.FromMinutes(1), "--endpoint", emulator.Endpoint.AbsoluteUri, "--token", emulator.Token, "--insecure");

        var lastSequence = emulator.Timeline.Max(m => m.Sequence);
        output.Should().Contain($"events: {emulator.Timeline.Count}, last seq: {lastSequence}");
        output.Should().Contain("shot #");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
