using System.Globalization;
using System.Text;
using ShotTracker.LiveData.Redis;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>One <c>redis-relay</c> run.</summary>
/// <param name="Direct">The direct client's read of the game (events).</param>
/// <param name="Relay">The relay's run from its start to the end marker in Redis (messages written).</param>
/// <param name="Live">The game relayed again, read live by a <see cref="RedisLiveDataClient"/>: its events, and the time from its start to the end marker.</param>
/// <param name="RelayBytes">The payload bytes the relay wrote.</param>
/// <param name="Statistics">The relay's counters at the end.</param>
internal sealed record RelayThroughputResult(Timed Direct, Timed Relay, Timed Live, long RelayBytes, LiveDataRedisRelayStatistics Statistics)
{
    public double RelayMegabytesPerSecond => RelayBytes / 1e6 / Relay.Wall.TotalSeconds;

    /// <summary>Gets how much longer the relay took than the direct client, for the same game.</summary>
    public double RelayOverDirect => Relay.Wall / Direct.Wall;

    public string ToLogLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"direct {Direct.Count:N0} events in {Direct.Wall.TotalSeconds:N2} s; relay {Relay.Count:N0} messages ({RelayBytes / 1e6:N1} MB) in {Relay.Wall.TotalSeconds:N2} s; relay with a live RedisLiveDataClient: {Live.Count:N0} events in {Live.Wall.TotalSeconds:N2} s; {Statistics}");

    /// <summary>The table of the runs and their medians, with the spread (lowest–highest).</summary>
    public static string ToMarkdown(IReadOnlyList<RelayThroughputResult> runs)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| | Direct `LiveDataClient` | Relay into Redis | Relay with a live `RedisLiveDataClient` (the reader's events) |");
        sb.AppendLine("|---|---:|---:|---:|");
        Row(sb, runs, "Messages (events)", r => r.Direct.Count, r => r.Relay.Count, r => r.Live.Count, "N0");
        Row(sb, runs, "Time, s", r => r.Direct.Wall.TotalSeconds, r => r.Relay.Wall.TotalSeconds, r => r.Live.Wall.TotalSeconds, "N2");
        Row(sb, runs, "msg/s", r => r.Direct.PerSecond, r => r.Relay.PerSecond, r => r.Live.PerSecond, "N0");
        Row(sb, runs, "Cores, this process", r => r.Direct.Cores, r => r.Relay.Cores, r => r.Live.Cores, "0.00");
        Row(sb, runs, "Cores, redis-server", r => r.Direct.RedisCores, r => r.Relay.RedisCores, r => r.Live.RedisCores, "0.00");
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| MB/s of payload into Redis | | {RunSpread.Of(runs, r => r.RelayMegabytesPerSecond, "N1")} | |"));
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| Relay time / direct time | | {RunSpread.Of(runs, r => r.RelayOverDirect, "0.00")}x | |"));
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, IReadOnlyList<RelayThroughputResult> runs, string name, Func<RelayThroughputResult, double> direct, Func<RelayThroughputResult, double> relay, Func<RelayThroughputResult, double> live, string format) =>
        sb.AppendLine($"| {name} | {RunSpread.Of(runs, direct, format)} | {RunSpread.Of(runs, relay, format)} | {RunSpread.Of(runs, live, format)} |");
}
