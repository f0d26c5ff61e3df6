using System.Globalization;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>A fleet run's figures.</summary>
/// <param name="Settings">What was measured.</param>
/// <param name="MessagesPerSecond">Messages delivered to user code per second over all clients, in the window.</param>
/// <param name="Cores">This process's CPU time divided by the window's wall time (the server runs elsewhere).</param>
/// <param name="PeakWorkingSetMegabytes">The highest working set seen, in MB.</param>
/// <param name="Delivered">Messages delivered to user code, counted just before asking the server, divided by the messages the server had sent when it answered (a lower bound).</param>
internal sealed record FleetResult(FleetSettings Settings, double MessagesPerSecond, double Cores, double PeakWorkingSetMegabytes, double Delivered)
{
    /// <summary>Gets the process's memory before the fleet started.</summary>
    public MemoryBaseline Baseline { get; init; }

    /// <summary>Gets the working set at the end of the window, in bytes.</summary>
    public long EndWorkingSet { get; init; }

    /// <summary>Gets the live managed heap after a full collection at the end of the window, in bytes.</summary>
    public long EndManagedBytes { get; init; }

    /// <summary>Gets the cores redis-server used in the window, when the fleet read from Redis.</summary>
    public double? RedisCores { get; init; }

    /// <summary>Gets the CPU time per client per second of the window, in milliseconds.</summary>
    public double CpuMillisecondsPerClient => Cores * 1000 / Settings.Clients;

    /// <summary>Gets the working set the fleet added, per client, in KB.</summary>
    public double WorkingSetKilobytesPerClient => (EndWorkingSet - Baseline.WorkingSet) / 1024.0 / Settings.Clients;

    /// <summary>Gets the live managed memory the fleet added, per client, in KB.</summary>
    public double ManagedKilobytesPerClient => (EndManagedBytes - Baseline.ManagedBytes) / 1024.0 / Settings.Clients;

    /// <summary>Gets the markdown table header matching <see cref="ToMarkdownRow"/>.</summary>
    public const string MarkdownHeader = "| Consumer | Clients | Server | msg/s | Cores used | Peak working set | Delivered |\n|---|---:|---|---:|---:|---:|---:|";

    /// <summary>Writes one row of the fleet table.</summary>
    public string ToMarkdownRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Settings.Consumer} | {Settings.Clients:N0} | {Settings.Server} | {MessagesPerSecond:N0} | {Cores:0.00} | {PeakWorkingSetMegabytes:N0} MB | {Delivered:P1} |");
}

/// <summary>The process's memory before a fleet starts.</summary>
/// <param name="WorkingSet">The working set, in bytes.</param>
/// <param name="ManagedBytes">The live managed heap after a full collection, in bytes.</param>
internal readonly record struct MemoryBaseline(long WorkingSet, long ManagedBytes);
