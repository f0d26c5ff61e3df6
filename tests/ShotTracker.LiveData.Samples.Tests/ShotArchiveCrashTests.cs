using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests;

/// <summary>
/// Runs the ShotArchive sample as a child process against the emulator, kills it with SIGKILL mid-game, restarts it
/// and reads its SQLite archive: exactly once with the transactional checkpoint, at least once with the file store.
/// </summary>
public sealed class ShotArchiveCrashTests : IDisposable
{
    private const string GameId = "game-9";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "shotarchive-" + Guid.NewGuid().ToString("N"));

    public ShotArchiveCrashTests() => Directory.CreateDirectory(_directory);

    private string Database => Path.Combine(_directory, "shots.db");

    private string Checkpoints => Path.Combine(_directory, "checkpoints");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Transactional_KilledMidGameAndRestarted_ArchivesEveryShotExactlyOnce()
    {
        var (emulator, chart) = await StartEmulatorAsync(seed: 9);
        await using (emulator)
        {
            var firstRun = await RunUntilKilledAsync(emulator, "Transactional");
            var atKill = await new SqliteCheckpoints(Database).LoadAsync();
            atKill.Should().Be(firstRun.Max(), "the checkpoint committed with the last shot the killed process archived");

            await RunToTheEndAsync(emulator, "Transactional");

            var archived = ArchivedSequences();
            archived.Should().OnlyHaveUniqueItems("a shot and its checkpoint commit together: none is archived twice")
                .And.BeEquivalentTo(chart, "and none is lost");
            emulator.RequestedLastSequences.Should().Equal([atKill!.Value], "the restart resumed after the committed checkpoint");
        }
    }

    [Fact]
    public async Task FileStore_KilledMidGameAndRestarted_ArchivesEveryShot_AndRepeatsExactlyThoseAfterTheLastSave()
    {
        var (emulator, chart) = await StartEmulatorAsync(seed: 10);
        await using (emulator)
        {
            var firstRun = await RunUntilKilledAsync(emulator, "File", "--ShotArchive:CheckpointEveryEvents=4");
            var atKill = await new FileLiveDataCheckpointStore(Checkpoints).LoadAsync(GameId);

            await RunToTheEndAsync(emulator, "File", "--ShotArchive:CheckpointEveryEvents=4");

            var archived = ArchivedSequences();
            archived.Distinct().Should().BeEquivalentTo(chart, "at least once: no shot is lost");
            var repeated = archived.GroupBy(s => s).Where(g => g.Count() > 1).ToArray();
            repeated.Where(g => g.Count() != 2).Should().BeEmpty("one crash repeats a shot at most once");
            repeated.Select(g => g.Key).Should().BeEquivalentTo(
                firstRun.Where(s => atKill is null || s > atKill.Value),
                "exactly the shots archived after the last checkpoint save are archived again");
            if (atKill is { } saved)
            {
                emulator.RequestedLastSequences.Should().Equal([saved]);
            }
        }
    }

    private static async Task<(LiveDataEmulator Emulator, long[] Chart)> StartEmulatorAsync(int seed)
    {
        var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            // Six minutes of game time at 20x: about 18 s, long enough to kill the first run mid-game.
            Game = SyntheticGameOptions.Short(seed, TimeSpan.FromMinutes(3)),
            Pace = LiveDataReplayPace.Speed(20),
        }).WaitAsync(RunTimeout);
        var chart = emulator.Timeline.Where(m => m.Source == "chart").Select(m => m.Sequence!.Value).ToArray();
        chart.Should().HaveCountGreaterThan(12);
        return (emulator, chart);
    }

    /// <summary>Starts the sample, waits until it archived a few shots, kills it with SIGKILL; returns what it archived.</summary>
    private async Task<long[]> RunUntilKilledAsync(LiveDataEmulator emulator, string mode, params string[] more)
    {
        var stored = new ConcurrentQueue<long>();
        var fiveStored = new TaskCompletionSource();
        using var process = Start(emulator, mode, more, seq =>
        {
            stored.Enqueue(seq);
            if (stored.Count >= 5)
            {
                fiveStored.TrySetResult();
            }
        });
        await fiveStored.Task.WaitAsync(RunTimeout);

        // Process.Kill is SIGKILL on Linux: no stop, no flush, no finally; the worker never learns it is ending.
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(RunTimeout);
        var archived = ArchivedSequences();
        archived.Should().HaveCountLessThan(emulator.Timeline.Count(m => m.Source == "chart"), "the process died mid-game");
        return archived;
    }

    private async Task RunToTheEndAsync(LiveDataEmulator emulator, string mode, params string[] more)
    {
        using var process = Start(emulator, mode, more, _ => { });
        await process.WaitForExitAsync().WaitAsync(RunTimeout);
        process.ExitCode.Should().Be(0);
    }

    private Process Start(LiveDataEmulator emulator, string mode, string[] more, Action<long> onStored)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "exec", SamplePath(),
            $"--LiveData:Endpoint={emulator.Endpoint}",
            "--LiveData:AllowInsecureTransport=true",
            "--LiveData:Sources:0=chart",
            $"--LiveData:Tokens:RequestUriTemplate={emulator.TokenUriTemplate}",
            $"--ShotArchive:GameId={GameId}",
            $"--ShotArchive:Database={Database}",
            $"--ShotArchive:Mode={mode}",
            $"--ShotArchive:CheckpointDirectory={Checkpoints}",
            "--Logging:LogLevel:Default=Warning",
            .. more,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("stored ", StringComparison.Ordinal))
            {
                onStored(long.Parse(line["stored ".Length..], CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private long[] ArchivedSequences()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq FROM shots ORDER BY id";
        using var reader = command.ExecuteReader();
        var sequences = new List<long>();
        while (reader.Read())
        {
            sequences.Add(reader.GetInt64(0));
        }

        return sequences.ToArray();
    }

    /// <summary>The sample's own build output (the same configuration as this test's), run with <c>dotnet exec</c>.</summary>
    private static string SamplePath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShotTracker.LiveData.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "samples", "ShotArchive", "bin", configuration, testOutput.Name, "ShotArchive.dll");
    }

    /// <summary>Reads the transactional checkpoint the way the sample does.</summary>
    private sealed class SqliteCheckpoints(string database)
    {
        public ValueTask<long?> LoadAsync() => new ShotArchive.SqliteShotArchive(database).LoadAsync(GameId);
    }
}
