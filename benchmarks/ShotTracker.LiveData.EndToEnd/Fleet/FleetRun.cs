using System.Diagnostics;
using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Server;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// <c>fleet</c>: N clients with default options in this process, each following its own connection to the server
/// child process; reports the cores this process used, its peak working set and whether the clients kept up.
/// </summary>
internal static class FleetRun
{
    public static async Task<FleetResult> RunAsync(FleetSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(settings.ServerArgs, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var received = new long[settings.Clients];
        var clients = new List<LiveDataClient>(settings.Clients);
        var reading = new List<Task>(settings.Clients);
        for (var i = 0; i < settings.Clients; i++)
        {
            var options = new LiveDataClientOptions
            {
                Endpoint = server.Endpoint,
                TokenProvider = LiveDataTokenProvider.FromToken(server.Token),
                AllowInsecureTransport = true,
            };
            if (settings.Server != "game")
            {
                options.Sources.Add(Feed.FeedSource.Get(settings.Server).Source);
            }

            var client = new LiveDataClient(options, new DiscardingLogger<LiveDataClient>());
            clients.Add(client);
            reading.Add(ReadAsync(client, received, i, stop.Token));
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            while (received.Any(r => Volatile.Read(ref r) == 0))
            {
                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(120))
                {
                    throw new TimeoutException($"{received.Count(r => r == 0)} of {settings.Clients} clients received nothing within 120 s.");
                }

                await Task.Delay(100, cancellationToken);
            }

            log.WriteLine($"  {settings.Clients} clients streaming after {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s; measuring for {settings.Duration.TotalSeconds:N0} s");
            return await MeasureAsync(settings, server, received, cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private static async Task<FleetResult> MeasureAsync(FleetSettings settings, ServerProcess server, long[] received, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        var receivedAtStart = Sum(received);
        var start = Stopwatch.GetTimestamp();
        long peak = 0;
        while (Stopwatch.GetElapsedTime(start) < settings.Duration)
        {
            peak = Math.Max(peak, Environment.WorkingSet);
            await Task.Delay(200, cancellationToken);
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuAtStart;
        var wall = Stopwatch.GetElapsedTime(start);
        var receivedInWindow = Sum(received) - receivedAtStart;
        var sent = await server.GetSentAsync(cancellationToken);
        var delivered = (double)Sum(received) / sent;
        peak = Math.Max(peak, Environment.WorkingSet);
        return new FleetResult(settings, receivedInWindow / wall.TotalSeconds, cpu / wall, peak / 1024.0 / 1024.0, delivered);
    }

    private static async Task ReadAsync(LiveDataClient client, long[] received, int index, CancellationToken cancellationToken)
    {
        await foreach (var item in client.StreamAsync(cancellationToken))
        {
            if (item is not PongEvent)
            {
                Volatile.Write(ref received[index], received[index] + 1);
            }
        }
    }

    private static long Sum(long[] values)
    {
        long sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += Volatile.Read(ref values[i]);
        }

        return sum;
    }
}
