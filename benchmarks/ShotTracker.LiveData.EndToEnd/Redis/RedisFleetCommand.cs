using System.Globalization;
using System.Text;
using ShotTracker.LiveData.EndToEnd.Fleet;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>
/// <c>redis-fleet</c>: for each run and each consumer, a <c>fleet</c> of one kind against a fresh emulator process
/// playing its game in real time: <c>redis</c>, N <see cref="ShotTracker.LiveData.Redis.RedisLiveDataClient"/>s of the
/// one game that process relays into a Redis of this command's own (<c>--connection shared</c>: on one multiplexer);
/// <c>redis-subscribers</c>, N <c>await foreach</c> subscribers of one such client; <c>client</c>, N direct clients, one
/// connection each. Reports per client the CPU time and the memory the fleet added.
/// </summary>
internal static class RedisFleetCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var fsync = args.Get("fsync", "everysec");
        await using var redis = await RedisServer.StartAsync("--appendfsync", fsync, "--maxclients", "20000");
        var shared = args.Get("connection", "own") == "shared";
        Console.WriteLine($"redis-server on port {redis.Port} (appendonly yes, appendfsync {fsync}); Redis clients {(shared ? "share one multiplexer" : "each open their own connection")}");
        Console.WriteLine(FleetResult.MarkdownHeader);
        var results = new List<FleetResult>();
        var runs = args.GetInt("runs", 3);
        for (var run = 0; run < runs; run++)
        {
            foreach (var consumer in args.Get("consumers", "redis,client").Split(','))
            {
                var settings = new FleetSettings(consumer, args.GetInt("clients", 1000), "game", args.GetDouble("rate", 25), TimeSpan.FromSeconds(args.GetInt("seconds", 15)))
                {
                    Redis = redis.Configuration,
                    RedisGame = "fleet" + run.ToString(CultureInfo.InvariantCulture),
                    SharedConnection = shared,
                };
                var result = await FleetRun.RunAsync(settings, Console.Out, cancellationToken, () => redis.ProcessorTime);
                results.Add(result);
                Console.WriteLine(result.ToMarkdownRow());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per client: {result.CpuMillisecondsPerClient:N3} ms CPU/s, {result.WorkingSetKilobytesPerClient:N0} KB working set, {result.ManagedKilobytesPerClient:N0} KB managed; redis-server {result.RedisCores:0.00} cores"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(ToMarkdown(results));
        return 0;
    }

    /// <summary>Per consumer, the median over runs and the range (lowest–highest) of each figure.</summary>
    private static string ToMarkdown(IReadOnlyList<FleetResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Consumer | Clients | Runs | msg/s delivered | Delivered | Cores | CPU ms per client per s | Working set per client | Managed heap per client | redis-server cores |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in results.GroupBy(r => (r.Settings.Consumer, r.Settings.Clients)))
        {
            var runs = group.ToList();
            sb.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key.Consumer} | {group.Key.Clients:N0} | {runs.Count} | {RunSpread.Of(runs, r => r.MessagesPerSecond, "N0")} | {RunSpread.Of(runs, r => r.Delivered * 100, "N1")} % | {RunSpread.Of(runs, r => r.Cores, "0.00")} | {RunSpread.Of(runs, r => r.CpuMillisecondsPerClient, "0.000")} | {RunSpread.Of(runs, r => r.WorkingSetKilobytesPerClient, "N0")} KB | {RunSpread.Of(runs, r => r.ManagedKilobytesPerClient, "N0")} KB | {RunSpread.Of(runs, r => r.RedisCores ?? 0, "0.00")} |"));
        }

        return sb.ToString();
    }
}
