using ShotTracker.LiveData.EndToEnd;
using ShotTracker.LiveData.EndToEnd.Fleet;
using ShotTracker.LiveData.EndToEnd.Redis;
using ShotTracker.LiveData.EndToEnd.Runs;
using ShotTracker.LiveData.EndToEnd.Server;

// dotnet run -c Release --project benchmarks/ShotTracker.LiveData.EndToEnd -- run --source location --count 200000 --runs 3
// Subcommands and options: see Usage below and BENCHMARKS.md, "End to end" and "Redis Streams relay (issue 22)".
var args0 = new CommandLine(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

switch (args0.Command)
{
    case "server":
        return await ServerCommand.RunAsync(args0);
    case "run":
        foreach (var source in args0.Get("source", "location,chart").Split(','))
        {
            var settings = new ComparisonSettings(
                source,
                args0.GetInt("count", 200_000),
                args0.GetInt("runs", 3),
                args0.GetDouble("rate", 0),
                args0.Get("consumers", "floor,receive,client,client+listener,peer").Split(','));
            Console.WriteLine($"{source}:");
            var result = await ComparisonRun.RunAsync(settings, Console.Out, cancel.Token);
            Console.WriteLine();
            Console.WriteLine(result.ToMarkdown());
        }

        return 0;
    case "fleet":
        var fleetResults = new List<FleetResult>();
        Console.WriteLine(FleetResult.MarkdownHeader);
        foreach (var clients in args0.Get("clients", "100").Split(','))
        {
            // One after the other, each against a fresh emulator process.
            foreach (var consumer in args0.Get("consumers", "floor,client").Split(','))
            {
                var fleet = new FleetSettings(consumer, int.Parse(clients, System.Globalization.CultureInfo.InvariantCulture), args0.Get("server", "game"), args0.GetDouble("rate", 25), TimeSpan.FromSeconds(args0.GetInt("seconds", 30)));
                var result = await FleetRun.RunAsync(fleet, Console.Out, cancel.Token);
                fleetResults.Add(result);
                Console.WriteLine(result.ToMarkdownRow());
            }
        }

        Console.WriteLine();
        Console.WriteLine(FleetComparison.ToMarkdown(fleetResults));
        return 0;
    case "redis-relay":
        var throughput = new RelayThroughputSettings(args0.GetInt("runs", 3), args0.GetInt("warmups", 1), args0.GetInt("period", 10), args0.GetInt("rate", 25), args0.Get("fsync", "everysec"));
        var relayed = await RelayThroughputRun.RunAsync(throughput, Console.Out, cancel.Token);
        Console.WriteLine();
        Console.WriteLine(RelayThroughputResult.ToMarkdown(relayed));
        return 0;
    case "redis-latency":
        foreach (var source in args0.Get("source", "chart").Split(','))
        {
            var latency = new RelayLatencySettings(source, args0.GetInt("count", 50_000), args0.GetDouble("rate", 5000), args0.GetInt("runs", 3), args0.Get("fsync", "everysec"));
            Console.WriteLine($"{source}:");
            var latencies = await RelayLatencyRun.RunAsync(latency, Console.Out, cancel.Token);
            Console.WriteLine();
            Console.WriteLine(RelayLatencyResult.ToMarkdown(latency, ShotTracker.LiveData.EndToEnd.Feed.FeedSource.Get(source).SampleLength, latencies));
        }

        return 0;
    case "redis-fleet":
        return await RedisFleetCommand.RunAsync(args0, cancel.Token);
    default:
        Console.WriteLine("""
            Usage:
              run    --source location,chart --count 200000 --runs 3 [--rate 5000] [--consumers floor,receive,client,client+listener,peer]
              fleet  --clients 100,500,1000 [--consumers floor,client] [--server game|location] [--rate 25] [--seconds 30]
              server --source location|chart|clock|game [--count N] [--rate R] [--port P] [--pace real|fast] [--period MIN] [--redis CONFIG --game ID]
              redis-relay   [--runs 3] [--warmups 1] [--period 10] [--rate 25] [--fsync everysec|always|no]
              redis-latency [--source chart,location] [--count 50000] [--rate 5000] [--runs 3] [--fsync everysec]
              redis-fleet   [--clients 1000] [--consumers redis,client,redis-subscribers] [--connection own|shared] [--runs 3] [--seconds 15] [--rate 25] [--fsync everysec]
            """);
        return args0.Command == "help" ? 0 : 2;
}
