using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Feed;
using ShotTracker.LiveData.EndToEnd.Server;
using ShotTracker.LiveData.Redis;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>
/// <c>redis-latency</c>: the blast server paced at <c>--rate</c> per connection; in this process, at the same time, a
/// direct <see cref="LiveDataClient"/> on one connection, a relay whose client reads another connection and writes to
/// Redis, and a <see cref="RedisLiveDataClient"/> reading the relay's game. Every message carries its send stamp
/// (<see cref="System.Diagnostics.Stopwatch"/> ticks: one clock), so each consumer's latency is measured from the send of the message it got.
/// </summary>
internal static class RelayLatencyRun
{
    public static async Task<IReadOnlyList<RelayLatencyResult>> RunAsync(RelayLatencySettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var source = FeedSource.Get(settings.Source);
        if (!source.IsStamped)
        {
            throw new ArgumentException($"'{settings.Source}' carries no send stamp: no latency can be measured.", nameof(settings));
        }

        await using var redis = await RedisServer.StartAsync("--appendfsync", settings.Fsync);
        await using var server = await ServerProcess.StartAsync(settings.ServerArgs, cancellationToken);
        var results = new List<RelayLatencyResult>();
        for (var run = 0; run < settings.Runs; run++)
        {
            // Every consumer and the relay read a short unpaced feed first (JIT tiers, pools), on a game of their own.
            var warmupEndpoint = new Uri($"{server.Endpoint}?count={settings.WarmupCount}");
            _ = await RoundAsync(server.Token, warmupEndpoint, redis, source, $"warmup{run}", settings.WarmupCount, 0, recordLatency: false, TimeSpan.FromSeconds(60), cancellationToken);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var limit = TimeSpan.FromSeconds(60 + (2 * settings.Count / settings.Rate));
            var result = await RoundAsync(server.Token, server.Endpoint, redis, source, $"run{run}", settings.Count, settings.Warmup, recordLatency: true, limit, cancellationToken);
            log.WriteLine($"  run {run + 1}: {result.ToLogLine()}");
            results.Add(result);
        }

        return results;
    }

    private static async Task<RelayLatencyResult> RoundAsync(
        string token, Uri endpoint, RedisServer redis, FeedSource source, string game, int count, int warmup, bool recordLatency, TimeSpan limit, CancellationToken cancellationToken)
    {
        var direct = new MessageMeter(count, warmup, recordLatency);
        var written = new MessageMeter(count, warmup, recordLatency);
        var fromRedis = new MessageMeter(count, warmup, recordLatency);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);

        var options = new RedisLiveDataClientOptions { Configuration = redis.Configuration, GameId = game };
        options.Sources.Add(source.Source);
        await using var reader = new RedisLiveDataClient(options, new DiscardingLogger<RedisLiveDataClient>());
        var reading = ClientConsumer.ReadAsync(reader, source, fromRedis, timeout.Token);

        // The reader is waiting on Redis before the feed starts, so it never measures a catch-up.
        await RedisReaders.WaitUntilReadingAsync(reader, reading);

        await using var relay = await BenchRelay.StartAsync(endpoint, token, redis.Configuration, game, source.Source, new RelayProbe(written), timeout.Token);
        var directReading = new ClientConsumer(listen: false).RunAsync(endpoint, token, source, direct, timeout.Token);
        await Task.WhenAll(reading, directReading);
        return new RelayLatencyResult(direct.ToResult("direct"), written.ToResult("written"), fromRedis.ToResult("redis"));
    }
}
