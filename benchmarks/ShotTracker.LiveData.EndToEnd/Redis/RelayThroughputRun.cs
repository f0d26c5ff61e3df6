using System.Diagnostics;
using System.Globalization;
using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Server;
using ShotTracker.LiveData.Redis;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>
/// <c>redis-relay</c>: the emulator's full synthetic game, served as fast as the client reads it (a child process),
/// read by a direct <see cref="LiveDataClient"/>, relayed into Redis by a relay in this process, and relayed again with
/// a <see cref="RedisLiveDataClient"/> reading it live from Redis, one after the other in each run (the order
/// alternates), each timed from its start to the end of the game.
/// </summary>
internal static class RelayThroughputRun
{
    public static async Task<IReadOnlyList<RelayThroughputResult>> RunAsync(RelayThroughputSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        await using var redis = await RedisServer.StartAsync("--appendfsync", settings.Fsync);
        await using var server = await ServerProcess.StartAsync(
            ["--source", "game", "--pace", "fast", "--period", settings.PeriodMinutes.ToString(CultureInfo.InvariantCulture), "--rate", settings.LocationHz.ToString(CultureInfo.InvariantCulture)],
            cancellationToken);
        log.WriteLine($"  redis-server on port {redis.Port} (appendonly yes, appendfsync {settings.Fsync}); emulator at {server.Endpoint}");
        var results = new List<RelayThroughputResult>();
        for (var run = -settings.Warmups; run < settings.Runs; run++)
        {
            var game = $"relay{(run + settings.Warmups).ToString(CultureInfo.InvariantCulture)}";
            Timed direct = default, relay = default, live = default;
            LiveDataRedisRelayStatistics? statistics = null;
            RelayProbe? probe = null;
            foreach (var step in (run & 1) == 0 ? new[] { 0, 1, 2 } : [1, 2, 0])
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                switch (step)
                {
                    case 0:
                        direct = await TimeAsync(redis, () => ReadDirectAsync(server, cancellationToken));
                        break;
                    case 1:
                        probe = new RelayProbe();
                        relay = await TimeAsync(redis, async () =>
                        {
                            await using var host = await BenchRelay.StartAsync(server.Endpoint, server.Token, redis.Configuration, game, source: null, probe, cancellationToken);
                            await host.WaitForEndAsync(TimeSpan.FromSeconds(120), cancellationToken);
                            statistics = host.Relay.GetStatistics();
                            return probe.Messages;
                        });
                        break;
                    default:
                        live = await TimeAsync(redis, () => RelayWithReaderAsync(server, redis, game + "-live", cancellationToken));
                        break;
                }
            }

            var result = new RelayThroughputResult(direct, relay, live, probe!.Bytes, statistics!);
            log.WriteLine($"  {(run < 0 ? "warm-up" : $"run {run + 1}")}: {result.ToLogLine()}");
            if (run >= 0)
            {
                results.Add(result);
            }
        }

        return results;
    }

    private static async Task<long> ReadDirectAsync(ServerProcess server, CancellationToken cancellationToken)
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = server.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(server.Token),
            AllowInsecureTransport = true,
        };
        await using var client = new LiveDataClient(options, new DiscardingLogger<LiveDataClient>());
        return await CountAsync(client, cancellationToken);
    }

    /// <summary>
    /// Relays the game again (as another game id) with a <see cref="RedisLiveDataClient"/> reading it live, waiting on
    /// Redis before the relay starts; returns the events the reader got by the end marker.
    /// </summary>
    private static async Task<long> RelayWithReaderAsync(ServerProcess server, RedisServer redis, string game, CancellationToken cancellationToken)
    {
        await using var client = new RedisLiveDataClient(new RedisLiveDataClientOptions { Configuration = redis.Configuration, GameId = game }, new DiscardingLogger<RedisLiveDataClient>());
        var reading = CountAsync(client, cancellationToken);
        await RedisReaders.WaitUntilReadingAsync(client, reading);
        await using var host = await BenchRelay.StartAsync(server.Endpoint, server.Token, redis.Configuration, game, source: null, new RelayProbe(), cancellationToken);
        return await reading;
    }

    private static async Task<long> CountAsync(ILiveDataClient client, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        long events = 0;
        await foreach (var item in client.StreamAsync(timeout.Token))
        {
            events++;
        }

        return events;
    }

    /// <summary>Runs <paramref name="read"/>; returns its count, wall time, and the CPU this process and Redis used meanwhile.</summary>
    private static async Task<Timed> TimeAsync(RedisServer redis, Func<Task<long>> read)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var redisCpu = redis.ProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var count = await read();
        var wall = Stopwatch.GetElapsedTime(start);
        return new Timed(count, wall, (Environment.CpuUsage.TotalTime - cpu) / wall, (redis.ProcessorTime - redisCpu) / wall);
    }
}

/// <summary>One timed step: what it counted, how long it took, and the cores this process and Redis used.</summary>
internal readonly record struct Timed(long Count, TimeSpan Wall, double Cores, double RedisCores)
{
    public double PerSecond => Count / Wall.TotalSeconds;
}
