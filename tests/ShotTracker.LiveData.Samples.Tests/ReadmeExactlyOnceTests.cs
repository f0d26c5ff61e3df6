using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Samples.ShotArchive;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests;

public sealed class ReadmeExactlyOnceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "readme-exactly-once-" + Guid.NewGuid().ToString("N"));

    public ReadmeExactlyOnceTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ExactlyOnce_AsInTheReadme_CommitsEachShotWithItsCheckpoint()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 12),
            Pace = LiveDataReplayPace.AsFastAsPossible,
        }).WaitAsync(TimeSpan.FromMinutes(1));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = emulator.Endpoint.AbsoluteUri,
            ["LiveData:AllowInsecureTransport"] = "true",
            ["LiveData:Sources:0"] = "chart",
        });
        var current = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _directory;
        try
        {
            builder.Services.AddSingleton(new SqliteShotArchive("shots.db"));
            builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
                .UseCheckpointStore(services => services.GetRequiredService<SqliteShotArchive>())
                .AddLiveDataGameWorker<ShotArchiveWorker>("game-1234", o => o.SaveCheckpoints = false);
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }

        builder.Services.Configure<LiveDataClientOptions>(o => o.TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token));
        using var host = builder.Build();
        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var chart = emulator.Timeline.Where(m => m.Source == "chart").Select(m => m.Sequence!.Value).ToArray();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "shots.db")};Pooling=False");
        connection.Open();
        using var shots = connection.CreateCommand();
        shots.CommandText = "SELECT group_concat(seq) FROM (SELECT seq FROM shots ORDER BY id)";
        ((string)shots.ExecuteScalar()!).Should().Be(string.Join(',', chart));
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "SELECT seq FROM checkpoints WHERE game_id = 'game-1234'";
        checkpoint.ExecuteScalar().Should().Be(chart[^1]);
    }
}
