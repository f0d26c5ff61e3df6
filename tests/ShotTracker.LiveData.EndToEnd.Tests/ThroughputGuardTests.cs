using System.Diagnostics;
using System.Reflection;
using ShotTracker.LiveData.EndToEnd.Runs;
using Xunit.Abstractions;

namespace ShotTracker.LiveData.EndToEnd.Tests;

/// <summary>
/// The regression guard of issue 10: the client delivers at least half the messages per second that a raw socket
/// with one reader pass does, on the same feed from the same server process, in the same run. Absolute speed is never
/// checked (machines differ and swing by a third); the ratio of two consumers measured back to back is, in three
/// interleaved runs, each after its own warm-up. Load from other processes (CI runs test projects in parallel) only
/// makes the client look worse, so the guard takes the best of the three runs and fails only when the client is
/// below the threshold in every one of them.
/// </summary>
public sealed class ThroughputGuardTests(ITestOutputHelper output)
{
    [Fact]
    public void ClientUnderTest_IsTheOptimizedBuild()
    {
        // A Debug build of the client would make the guard measure the JIT's debug code, not the client.
        var debuggable = typeof(LiveDataClient).Assembly.GetCustomAttribute<DebuggableAttribute>();

        (debuggable?.IsJITOptimizerDisabled ?? false).Should().BeFalse("the project references the client with Configuration=Release");
    }

    /// <summary>
    /// Location must keep half the floor's throughput (0.62x on an idle machine at 1.0). Chart is at 0.45x today (issue
    /// 10's measurement): its guard is 0.3x until the client's hand-off work lands, then 0.5x like location.
    /// </summary>
    [Theory]
    [InlineData("location", 0.5)]
    [InlineData("chart", 0.3)]
    public async Task StreamAsync_BlastedFeed_KeepsItsShareOfTheRawSocketThroughput(string source, double minimumRatio)
    {
        var settings = new ComparisonSettings(source, Count: 20_000, Runs: 3, Rate: 0, Consumers: ["floor", "client"]);
        using var log = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var result = await ComparisonRun.RunAsync(settings, log, timeout.Token);

        output.WriteLine(log.ToString());
        output.WriteLine(result.ToMarkdown());
        var ratio = result.BestThroughputRatio("client");
        output.WriteLine($"client / floor throughput: best of {settings.Runs} runs {ratio:0.00}x, median {result.ThroughputRatio("client"):0.00}x (guard: {minimumRatio:0.00}x)");
        ratio.Should().BeGreaterThanOrEqualTo(minimumRatio, "the client must keep its share of the raw socket's throughput (see BENCHMARKS.md, End to end)");
    }
}
