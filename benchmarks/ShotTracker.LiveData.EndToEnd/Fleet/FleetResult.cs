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
    /// <summary>Gets the markdown table header matching <see cref="ToMarkdownRow"/>.</summary>
    public const string MarkdownHeader = "| Consumer | Clients | Server | msg/s | Cores used | Peak working set | Delivered |\n|---|---:|---|---:|---:|---:|---:|";

    /// <summary>Writes one row of the fleet table.</summary>
    public string ToMarkdownRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Settings.Consumer} | {Settings.Clients:N0} | {Settings.Server} | {MessagesPerSecond:N0} | {Cores:0.00} | {PeakWorkingSetMegabytes:N0} MB | {Delivered:P1} |");
}
