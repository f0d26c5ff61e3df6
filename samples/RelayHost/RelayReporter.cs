using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShotTracker.LiveData.Redis;

namespace ShotTracker.LiveData.Samples.RelayHost;

/// <summary>Prints the relay's counters every few seconds and, in the demo, stops the host once its games have ended.</summary>
internal sealed class RelayReporter(IServiceProvider services, IHostApplicationLifetime lifetime, bool stopWhenGamesEnd) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Found among the hosted services once they all exist (resolving them while this one is built would recurse).
        var relay = services.GetServices<IHostedService>().OfType<LiveDataRedisRelay>().Single();
        Console.WriteLine($"relaying {string.Join(", ", relay.Games)}");
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var s = relay.GetStatistics();
                Console.WriteLine(
                    $"seq written {s.SequencedWritten}, duplicates {s.SequencedDuplicates}; frames written {s.LatestWritten}, " +
                    $"duplicates {s.LatestDuplicates}, stale {s.LatestStale}; retries {s.Retries}; games ended {s.GamesEnded}/{relay.Games.Count}");
                if (stopWhenGamesEnd && s.GamesEnded == relay.Games.Count)
                {
                    lifetime.StopApplication();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
