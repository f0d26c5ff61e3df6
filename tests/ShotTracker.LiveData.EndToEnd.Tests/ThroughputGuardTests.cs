using System.Diagnostics;
using System.Reflection;
using ShotTracker.LiveData.EndToEnd.Runs;
using Xunit.Abstractions;

namespace ShotTracker.LiveData.EndToEnd.Tests;

/// <summary>
/// The regression guard of issue 10: the client delivers its share of the messages per second that a raw socket with
/// one reader pass does, on the same feed from the same server process, in the same run. Absolute speed is never
/// checked (machines differ and swing by a third); the ratio of two consumers measured back to back is, each run after
/// its own warm-up. Load from other processes (CI runs test projects in parallel) only ever makes the client look
/// worse (its receive loop and consumer wait for a core the single-threaded floor does not need), so a run below the
/// threshold is measured again, up to <see cref="MaxRuns"/> runs: the guard fails only when the client is below the
/// threshold in every one of them.
/// </summary>
public sealed class ThroughputGuardTests(ITestOutputHelper output)
{
    private const int MaxRuns = 5;

    [Fact]
    public void ClientUnderTest_IsTheOptimizedBuild()
    {
        // A Debug build of the client would make the guard measure the JIT's debug code, not the client.
        var debuggable = typeof(LiveDataClient).Assembly.GetCustomAttribute<DebuggableAttribute>();

        (debuggable?.IsJITOptimizerDisabled ?? false).Should().BeFalse("the project references the client with AdditionalProperties Configuration=Release");
    }

    /// <summary>
    /// Location must keep half the floor's throughput (0.97x on an idle machine, BENCHMARKS.md). Chart measures 0.65x idle
    /// over 200,000 messages, but single short runs of this guard on the idle machine ranged 0.39x–0.66x, too wide
    /// around 0.5x for a guard that runs beside other test projects, so its guard is 0.4x (each run below it is
    /// measured again, up to <see cref="MaxRuns"/> times).
    /// </summary>
    [Theory]
    [InlineData("location", 0.5)]
    [InlineData("chart", 0.4)]
    public async Task StreamAsync_BlastedFeed_KeepsItsShareOfTheRawSocketThroughput(string source, double minimumRatio)
    {
        var settings = new ComparisonSettings(source, Count: 20_000, Runs: 1, Rate: 0, Consumers: ["floor", "client"]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ratios = new List<double>();

        while (ratios.Count < MaxRuns && (ratios.Count == 0 || ratios.Max() < minimumRatio))
        {
            using var log = new StringWriter();
            var result = await ComparisonRun.RunAsync(settings, log, timeout.Token);
            ratios.Add(result.ThroughputRatio("client"));
            output.WriteLine(log.ToString().TrimEnd() + $" -> {ratios[^1]:0.00}x");
        }

        output.WriteLine($"client / floor throughput: best of {ratios.Count} runs {ratios.Max():0.00}x (guard: {minimumRatio:0.00}x)");
        ratios.Max().Should().BeGreaterThanOrEqualTo(minimumRatio, "the client must keep its share of the raw socket's throughput in at least one of {0} runs (see BENCHMARKS.md, End to end)", MaxRuns);
    }
}
