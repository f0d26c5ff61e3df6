using System.Diagnostics;
using System.Globalization;

namespace ShotTracker.LiveData.Benchmarks;

/// <summary>
/// Parse-to-floor ratios measured by alternating batches of the SDK's parse and the reader floor on the same bytes,
/// keeping the fastest batch of each.
/// </summary>
/// <remarks>
/// BenchmarkDotNet measures each method in its own process at its own time, and this VM's speed swings by half
/// between iterations (a floor measured 960 µs, then 618 µs, in one run), so its ratios between two methods can be off
/// by more than the targets' margins. Here both sides run back to back, batch after batch, in one process; the fastest
/// batch of each is the one least disturbed. Allocation is exact: bytes allocated per parse on this thread.
/// </remarks>
internal static class AlternatingRatios
{
    public static void Run(int batches)
    {
        var messages = new (string Source, byte[] Bytes, int PerBatch)[]
        {
            ("chart", Messages.Fixture("chart.json"), 2_000),
            ("clock", Messages.ClockTick(), 2_000),
            ("marker", Messages.Fixture("marker.json"), 2_000),
            ("boxscorestatsv2", Messages.Fixture("boxscorestatsv2.json"), 2_000),
            ("possessions", Messages.Fixture("possessions.json"), 2_000),
            ("possessions without its raw responseView", PossessionsWithoutResponseView(), 2_000),
            ("possessionstats", Messages.Fixture("possessionstats.json"), 2_000),
            ("lineupstats", Messages.Fixture("lineupstats.json"), 2_000),
            ("location", Messages.LocationFrame(), 1_000),
            ("broadcastsummary (~300 KB)", Messages.LargeBroadcastSummary(), 4),
        };

        Console.WriteLine($"Fastest of {batches} alternating batches per side, .NET {Environment.Version}:");
        Console.WriteLine();
        Console.WriteLine("| Source | Bytes | Reader floor | SDK | Ratio | Allocated |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (source, bytes, perBatch) in messages)
        {
            var parsed = LiveDataMessageSerializer.Deserialize(bytes);
            if (parsed is InvalidLiveDataEvent or UnknownLiveDataEvent)
            {
                throw new InvalidOperationException($"The {source} message does not parse as intended: {parsed.GetType().Name}.");
            }

            object? sink = null;
            var floorSum = 0.0;
            for (var i = 0; i < perBatch * 10; i++)
            {
                sink = LiveDataMessageSerializer.Deserialize(bytes);
                floorSum += ReaderFloor.Scan(bytes);
            }

            double bestSdk = double.MaxValue, bestFloor = double.MaxValue;
            for (var batch = 0; batch < batches; batch++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < perBatch; i++)
                {
                    sink = LiveDataMessageSerializer.Deserialize(bytes);
                }

                bestSdk = Math.Min(bestSdk, watch.Elapsed.TotalNanoseconds / perBatch);
                watch.Restart();
                for (var i = 0; i < perBatch; i++)
                {
                    floorSum += ReaderFloor.Scan(bytes);
                }

                bestFloor = Math.Min(bestFloor, watch.Elapsed.TotalNanoseconds / perBatch);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < perBatch; i++)
            {
                sink = LiveDataMessageSerializer.Deserialize(bytes);
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)perBatch;
            GC.KeepAlive(sink);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {source} | {bytes.Length:N0} | {Format(bestFloor)} | {Format(bestSdk)} | {bestSdk / bestFloor:F2}x | {allocated:N0} B |"));
            if (floorSum == -1)
            {
                Console.WriteLine(); // Keeps the floor's result alive so its loop is not removed.
            }
        }
    }

    /// <summary>
    /// The possessions fixture without <c>responseView</c>, whose arrays the public model keeps as raw
    /// <see cref="System.Text.Json.JsonElement"/> values: the difference to the full fixture is what those cost.
    /// </summary>
    private static byte[] PossessionsWithoutResponseView()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(Messages.Fixture("possessions.json"))!;
        root["data"]!["possession"]!.AsObject().Remove("responseView");
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static string Format(double nanoseconds) => nanoseconds >= 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1000:N1} µs")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:N0} ns");
}
