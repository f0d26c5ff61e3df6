using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Feed;
using ShotTracker.LiveData.EndToEnd.Server;

namespace ShotTracker.LiveData.EndToEnd.Runs;

/// <summary>
/// <c>run</c>: every consumer reads the same feed, one after the other, in interleaved runs (the order rotates from
/// run to run, and every run has a fresh server process), so that machine noise hits them alike and ratios are taken
/// within a run.
/// </summary>
internal static class ComparisonRun
{
    /// <summary>The consumers by name.</summary>
    public static IFeedConsumer CreateConsumer(string name) => name switch
    {
        "floor" => new FloorConsumer(),
        "receive" => new FloorConsumer(scan: false),
        "client" => new ClientConsumer(listen: false),
        "client+listener" => new ClientConsumer(listen: true),
        "peer" => new PeerConsumer(),
        _ => throw new ArgumentException($"Unknown consumer '{name}'.", nameof(name)),
    };

    /// <summary>Runs the interleaved runs; returns every consumer's result per run.</summary>
    public static async Task<ComparisonResult> RunAsync(ComparisonSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var source = FeedSource.Get(settings.Source);
        var runs = new List<IReadOnlyList<ConsumerResult>>();
        for (var run = 0; run < settings.Runs; run++)
        {
            var results = await RunRoundAsync(settings, source, run, cancellationToken);
            runs.Add(results);
            log.WriteLine($"  run {run + 1}: " + string.Join(", ", results.Select(r => $"{r.Consumer} {r.MessagesPerSecond:N0} msg/s")));
        }

        return new ComparisonResult(settings, source.SampleLength, runs);
    }

    private static async Task<IReadOnlyList<ConsumerResult>> RunRoundAsync(ComparisonSettings settings, FeedSource source, int run, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(settings.ServerArgs, cancellationToken);
        var names = settings.Consumers;
        var results = new ConsumerResult[names.Count];

        // Warm every consumer and the fresh server up (JIT tiers, buffers, connection pools) before anything counts.
        foreach (var name in names)
        {
            await ReadAsync(CreateConsumer(name), server, source, new MessageMeter(settings.WarmupCount, 0, recordLatency: false), $"count={settings.WarmupCount}", TimeSpan.FromSeconds(60), cancellationToken);
        }

        for (var i = 0; i < names.Count; i++)
        {
            // Rotate the order, so that no consumer always runs first (cold) or right after another's garbage.
            var index = (i + run) % names.Count;
            var consumer = CreateConsumer(names[index]);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var meter = new MessageMeter(settings.Count, settings.Warmup, recordLatency: settings.Rate > 0 && source.IsStamped);
            var limit = TimeSpan.FromSeconds(60) + TimeSpan.FromSeconds(settings.Rate > 0 ? 2 * settings.Count / settings.Rate : 0);
            await ReadAsync(consumer, server, source, meter, query: null, limit, cancellationToken);
            results[index] = meter.ToResult(consumer.Name);
        }

        return results;
    }

    private static async Task ReadAsync(IFeedConsumer consumer, ServerProcess server, FeedSource source, MessageMeter meter, string? query, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var endpoint = query is null ? server.Endpoint : new Uri($"{server.Endpoint}?{query}");
        await consumer.RunAsync(endpoint, server.Token, source, meter, timeout.Token);
        if (!meter.IsComplete)
        {
            throw new InvalidOperationException($"{consumer.Name} received {meter.Received} of {meter.Expected} messages.");
        }
    }
}
