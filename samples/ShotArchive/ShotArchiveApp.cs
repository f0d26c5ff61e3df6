using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Samples.ShotArchive;

/// <summary>Builds and runs the host.</summary>
internal static class ShotArchiveApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // The token client's own HTTP lines (four per request at Information, with stack traces when the token service
        // is down) repeat what the SDK logs once as event 22.
        builder.Logging.AddFilter("System.Net.Http.HttpClient.ShotTracker.LiveData.Internal.Tokens", LogLevel.Warning);
        var archive = builder.Configuration.GetSection(ShotArchiveOptions.SectionName).Get<ShotArchiveOptions>() ?? new ShotArchiveOptions();
        if (string.IsNullOrWhiteSpace(archive.GameId))
        {
            await Console.Error.WriteLineAsync("ShotArchive:GameId is required.");
            return 2;
        }

        builder.Services.Configure<ShotArchiveOptions>(builder.Configuration.GetSection(ShotArchiveOptions.SectionName));
        builder.Services.AddSingleton(new SqliteShotArchive(archive.Database));
        var liveData = builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"));
        liveData.AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"));
        if (archive.Mode == ShotArchiveMode.Transactional)
        {
            // The handler commits the checkpoint with each shot, so the worker only loads it (and never saves it elsewhere).
            liveData.UseCheckpointStore(services => services.GetRequiredService<SqliteShotArchive>())
                .AddLiveDataGameWorker<ShotArchiveWorker>(archive.GameId, o => o.SaveCheckpoints = false);
        }
        else
        {
            liveData.UseFileCheckpointStore(archive.CheckpointDirectory)
                .AddLiveDataGameWorker<ShotArchiveWorker>(archive.GameId, o => o.CheckpointEveryEvents = archive.CheckpointEveryEvents);
        }

        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
