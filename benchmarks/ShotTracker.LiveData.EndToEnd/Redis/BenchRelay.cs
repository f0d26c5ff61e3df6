using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShotTracker.LiveData.Redis;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>
/// A relay host as an app builds one (<c>AddShotTrackerLiveData</c> and <c>AddLiveDataRedisRelay</c>, default options
/// but the endpoint and token), relaying one game of a feed into Redis, with a <see cref="RelayProbe"/> as the Live
/// Data configuration's recorder. Its hosted services are started and stopped by hand.
/// </summary>
internal sealed class BenchRelay : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IReadOnlyList<IHostedService> _hosted;

    private BenchRelay(ServiceProvider services, RelayProbe probe)
    {
        _services = services;
        _hosted = services.GetServices<IHostedService>().ToList();
        Relay = _hosted.OfType<LiveDataRedisRelay>().Single();
        Probe = probe;
    }

    public LiveDataRedisRelay Relay { get; }

    public RelayProbe Probe { get; }

    /// <summary>Starts relaying game <paramref name="gameId"/> of <paramref name="endpoint"/> (only <paramref name="source"/> when given).</summary>
    public static async Task<BenchRelay> StartAsync(
        Uri endpoint, string token, string redis, string gameId, LiveDataSource? source, RelayProbe probe, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o =>
        {
            o.Endpoint = endpoint;
            o.TokenProvider = LiveDataTokenProvider.FromToken(token);
            o.AllowInsecureTransport = true;
            o.Recorder = probe;
            if (source is { } only)
            {
                o.Sources.Add(only);
            }
        }).AddLiveDataRedisRelay(o =>
        {
            o.Configuration = redis;
            o.Games.Add(gameId);
        });
        var relay = new BenchRelay(services.BuildServiceProvider(), probe);
        foreach (var hosted in relay._hosted)
        {
            await hosted.StartAsync(cancellationToken);
        }

        return relay;
    }

    /// <summary>Waits until the game has ended (the feed closed normally and the end marker is in Redis).</summary>
    public async Task WaitForEndAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Relay.GetStatistics().GamesEnded == 0)
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"The relay did not end its game within {limit.TotalSeconds:N0} s: {Relay.GetStatistics()}.");
            }

            // Polled: 2 ms is nothing against a run of seconds.
            await Task.Delay(2, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
