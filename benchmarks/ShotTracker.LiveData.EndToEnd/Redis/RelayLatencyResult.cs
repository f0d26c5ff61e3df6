using System.Globalization;
using System.Text;
using ShotTracker.LiveData.EndToEnd.Consumers;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>One <c>redis-latency</c> run: latency from the server's send, for each consumer of the same feed in the same run.</summary>
/// <param name="Direct">A <see cref="LiveDataClient"/> on its own connection.</param>
/// <param name="Written">The relay's client, when Redis acknowledged the message's write (the relay's recorder returned).</param>
/// <param name="Redis">A <see cref="ShotTracker.LiveData.Redis.RedisLiveDataClient"/> reading what the relay wrote.</param>
internal sealed record RelayLatencyResult(ConsumerResult Direct, ConsumerResult Written, ConsumerResult Redis)
{
    public double AddedP50 => Redis.P50Microseconds!.Value - Direct.P50Microseconds!.Value;

    public double AddedP99 => Redis.P99Microseconds!.Value - Direct.P99Microseconds!.Value;

    public string ToLogLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"p50/p99 µs: direct {Direct.P50Microseconds:N0}/{Direct.P99Microseconds:N0}, in Redis {Written.P50Microseconds:N0}/{Written.P99Microseconds:N0}, RedisLiveDataClient {Redis.P50Microseconds:N0}/{Redis.P99Microseconds:N0}; added {AddedP50:N0}/{AddedP99:N0}; msg/s {Direct.MessagesPerSecond:N0}/{Written.MessagesPerSecond:N0}/{Redis.MessagesPerSecond:N0}");

    /// <summary>The table: per consumer the median over runs and the range (lowest–highest).</summary>
    public static string ToMarkdown(RelayLatencySettings settings, int messageBytes, IReadOnlyList<RelayLatencyResult> runs)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{settings.Source} ({messageBytes:N0} B), {settings.Count:N0} messages per connection paced at {settings.Rate:N0} msg/s, appendfsync {settings.Fsync}, {runs.Count} runs, median (lowest–highest):"));
        sb.AppendLine();
        sb.AppendLine("| From the server's send to | p50 µs | p99 µs | msg/s |");
        sb.AppendLine("|---|---:|---:|---:|");
        Row(sb, runs, "a direct `LiveDataClient` (`await foreach`)", r => r.Direct);
        Row(sb, runs, "the relay's write acknowledged by Redis", r => r.Written);
        Row(sb, runs, "a `RedisLiveDataClient` (`await foreach`)", r => r.Redis);
        sb.AppendLine($"| **added by the relay and Redis** (RedisLiveDataClient − direct, per run) | **{RunSpread.Of(runs, r => r.AddedP50, "N0")}** | **{RunSpread.Of(runs, r => r.AddedP99, "N0")}** | |");
        sb.AppendLine($"| of which the read side (RedisLiveDataClient − write acknowledged, per run) | {RunSpread.Of(runs, r => r.Redis.P50Microseconds!.Value - r.Written.P50Microseconds!.Value, "N0")} | {RunSpread.Of(runs, r => r.Redis.P99Microseconds!.Value - r.Written.P99Microseconds!.Value, "N0")} | |");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, IReadOnlyList<RelayLatencyResult> runs, string name, Func<RelayLatencyResult, ConsumerResult> consumer) =>
        sb.AppendLine($"| {name} | {RunSpread.Of(runs, r => consumer(r).P50Microseconds!.Value, "N0")} | {RunSpread.Of(runs, r => consumer(r).P99Microseconds!.Value, "N0")} | {RunSpread.Of(runs, r => consumer(r).MessagesPerSecond, "N0")} |");
}
