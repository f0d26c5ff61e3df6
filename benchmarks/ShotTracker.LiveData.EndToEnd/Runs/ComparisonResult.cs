using System.Globalization;
using System.Text;
using ShotTracker.LiveData.EndToEnd.Consumers;

namespace ShotTracker.LiveData.EndToEnd.Runs;

/// <summary>Every consumer's figures in every run, and the medians and within-run ratios the tables show.</summary>
/// <param name="Settings">What was measured.</param>
/// <param name="MessageBytes">The size of one message.</param>
/// <param name="Runs">Per run, one result per consumer, in the settings' order.</param>
internal sealed record ComparisonResult(ComparisonSettings Settings, int MessageBytes, IReadOnlyList<IReadOnlyList<ConsumerResult>> Runs)
{
    /// <summary>Returns the median over runs of the consumer's throughput divided by the floor's in the same run.</summary>
    public double ThroughputRatio(string consumer) =>
        Median(Runs.Select(run => Find(run, consumer).MessagesPerSecond / Find(run, "floor").MessagesPerSecond));

    /// <summary>
    /// Returns the best over runs of the consumer's throughput divided by the floor's in the same run. Noise on a shared
    /// machine only ever makes the client look worse (its receive loop and consumer wait for a core that the single
    /// threaded floor does not need), so the best run is the least disturbed one: what a regression guard compares.
    /// </summary>
    public double BestThroughputRatio(string consumer) =>
        Runs.Max(run => Find(run, consumer).MessagesPerSecond / Find(run, "floor").MessagesPerSecond);

    /// <summary>Returns the median over runs of the consumer's p99 latency divided by the floor's in the same run.</summary>
    public double? P99Ratio(string consumer) =>
        Runs[0][0].P99Microseconds is null ? null : Median(Runs.Select(run => Find(run, consumer).P99Microseconds!.Value / Find(run, "floor").P99Microseconds!.Value));

    /// <summary>Returns the median of one figure of a consumer over runs.</summary>
    public double Median(string consumer, Func<ConsumerResult, double?> figure) =>
        Median(Runs.Select(run => figure(Find(run, consumer)) ?? double.NaN));

    /// <summary>Writes the markdown table: medians of the runs, ratios within a run.</summary>
    public string ToMarkdown()
    {
        var paced = Settings.Rate > 0;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Settings.Source} ({MessageBytes:N0} B), {Settings.Count:N0} messages, {(paced ? $"paced at {Settings.Rate:N0} msg/s" : "unpaced")}, median of {Runs.Count} interleaved runs:");
        sb.AppendLine();
        sb.AppendLine(paced
            ? "| Consumer | msg/s | B/msg | gen0 | p50 µs | p99 µs | p99 vs floor |"
            : "| Consumer | msg/s | vs floor | B/msg | gen0 |");
        sb.AppendLine(paced ? "|---|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---:|");
        foreach (var consumer in Settings.Consumers)
        {
            var rate = Median(consumer, r => r.MessagesPerSecond);
            var bytes = Median(consumer, r => r.BytesPerMessage);
            var gen0 = Median(consumer, r => r.Gen0Collections);
            sb.AppendLine(paced
                ? string.Create(CultureInfo.InvariantCulture, $"| {consumer} | {rate:N0} | {bytes:N0} | {gen0:N0} | {Median(consumer, r => r.P50Microseconds):N0} | {Median(consumer, r => r.P99Microseconds):N0} | {P99Ratio(consumer):0.00}x |")
                : string.Create(CultureInfo.InvariantCulture, $"| {consumer} | {rate:N0} | {ThroughputRatio(consumer):0.00}x | {bytes:N0} | {gen0:N0} |"));
        }

        return sb.ToString();
    }

    private static ConsumerResult Find(IReadOnlyList<ConsumerResult> run, string consumer) =>
        run.FirstOrDefault(r => r.Consumer == consumer) ?? throw new InvalidOperationException($"No '{consumer}' in the run.");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
