using System.Diagnostics;
using ShotTracker.LiveData.EndToEnd.Server;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// <c>fleet</c>: N connections in this process, each following its own game from the server child process, read by
/// <see cref="ClientFleetMember"/> (clients with default options) or <see cref="FloorFleetMember"/> (raw sockets); or
/// (<c>redis-fleet</c>) N <see cref="RedisFleetMember"/>s reading the one game the server process relays into Redis
/// (each with its own client, or N subscribers of one client);
/// reports the cores this process used, its peak working set and whether the connections kept up.
/// </summary>
internal static class FleetRun
{
    /// <summary>Runs one fleet; <paramref name="redisProcessorTime"/>, when given, reads the CPU time of the Redis the fleet reads.</summary>
    public static async Task<FleetResult> RunAsync(FleetSettings settings, TextWriter log, CancellationToken cancellationToken, Func<TimeSpan>? redisProcessorTime = null)
    {
        await using var server = await ServerProcess.StartAsync(settings.ServerArgs, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var received = new long[settings.Clients];
        var members = new List<IFleetMember>(settings.Clients);
        var baseline = new MemoryBaseline(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: true));
        await using var share = settings.ReadsRedis ? await RedisFleetShare.CreateAsync(settings) : null;
        for (var i = 0; i < settings.Clients; i++)
        {
            members.Add(settings.Consumer switch
            {
                "floor" => FloorFleetMember.Start(server, settings.Server, received, i, stop.Token),
                "redis" or "redis-subscribers" => RedisFleetMember.Start(settings, share!, received, i, stop.Token),
                _ => ClientFleetMember.Start(server, settings.Server, received, i, stop.Token),
            });
            if (i % 100 == 99)
            {
                // Connect in waves, as a fleet comes up over time: 1,000 handshakes at once overflow the listen backlog.
                await Task.Delay(250, cancellationToken);
            }
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            while (Array.IndexOf(received, 0L) >= 0)
            {
                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(120))
                {
                    log.WriteLine($"  {received.Count(r => r == 0)} of {settings.Clients} clients received nothing within 120 s; measuring anyway (thread pool: {ThreadPool.ThreadCount} threads, {ThreadPool.PendingWorkItemCount:N0} queued work items)");
                    break;
                }

                await Task.Delay(100, cancellationToken);
            }

            // The process id and the window's start, for a profiler attached to the window (BENCHMARKS.md).
            log.WriteLine($"  {settings.Clients} {settings.Consumer} connections streaming after {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s; measuring for {settings.Duration.TotalSeconds:N0} s (pid {Environment.ProcessId})");
            var result = await MeasureAsync(settings, server, received, log, redisProcessorTime, cancellationToken) with { Baseline = baseline };
            log.WriteLine($"  {members.Sum(m => m.Reconnects):N0} {(settings.ReadsRedis ? "failed Redis reads" : "reconnects")}");
            return result;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(members.Select(m => m.Reading)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Task.WhenAll(members.Select(m => m.DisposeAsync().AsTask()));
            members.Clear();

            // Give the memory back, so the next run's peak working set is its own.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static async Task<FleetResult> MeasureAsync(
        FleetSettings settings, ServerProcess server, long[] received, TextWriter log, Func<TimeSpan>? redisProcessorTime, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        var redisCpuAtStart = redisProcessorTime?.Invoke() ?? TimeSpan.Zero;
        var receivedAtStart = Sum(received);
        var start = Stopwatch.GetTimestamp();
        long peak = 0;
        while (Stopwatch.GetElapsedTime(start) < settings.Duration)
        {
            peak = Math.Max(peak, Environment.WorkingSet);
            await Task.Delay(200, cancellationToken);
        }

        // Timers per connection are part of what a fleet costs (keep-alive): print how many are active.
        log.WriteLine($"  {Timer.ActiveCount:N0} active timers at the end of the window; thread pool: {ThreadPool.ThreadCount} threads, {ThreadPool.PendingWorkItemCount:N0} queued work items");
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuAtStart;
        var redisCpu = (redisProcessorTime?.Invoke() ?? TimeSpan.Zero) - redisCpuAtStart;
        var wall = Stopwatch.GetElapsedTime(start);
        var receivedInWindow = Sum(received) - receivedAtStart;
        // The server answers over a pipe while the clients keep receiving, and on a busy machine the answer can take
        // seconds: count before asking (a lower bound: the server counts later) and print the count after it too.
        var receivedBefore = Sum(received);
        var asked = Stopwatch.GetTimestamp();
        var sent = await server.GetSentAsync(cancellationToken);
        var receivedAfter = Sum(received);
        log.WriteLine($"  server sent {sent:N0}; received {receivedBefore:N0} before its answer, {receivedAfter:N0} after ({Stopwatch.GetElapsedTime(asked).TotalMilliseconds:N0} ms)");
        // The server sends each direct client the game; a Redis fleet reads the one copy the server's relay received.
        var delivered = (double)receivedBefore / (settings.ReadsRedis ? sent * settings.Clients : sent);
        peak = Math.Max(peak, Environment.WorkingSet);
        return new FleetResult(settings, receivedInWindow / wall.TotalSeconds, cpu / wall, peak / 1024.0 / 1024.0, delivered)
        {
            RedisCores = redisProcessorTime is null ? null : redisCpu / wall,
            EndWorkingSet = Environment.WorkingSet,
            // What the fleet holds live, after a full collection (outside the window, so it costs the window nothing).
            EndManagedBytes = GC.GetTotalMemory(forceFullCollection: true),
        };
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
