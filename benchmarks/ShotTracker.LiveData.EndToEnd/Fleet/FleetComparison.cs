using System.Globalization;
using System.Text;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>The client fleet against the floor fleet of the same size, measured in the same run.</summary>
internal static class FleetComparison
{
    /// <summary>
    /// One row per fleet size that has both a <c>floor</c> and a <c>client</c> result: their cores and peak working
    /// sets, and the client's over the floor's. Empty when the run measured only one consumer.
    /// </summary>
    public static string ToMarkdown(IReadOnlyList<FleetResult> results)
    {
        var table = new StringBuilder();
        foreach (var floor in results.Where(r => r.Settings.Consumer == "floor"))
        {
            if (results.FirstOrDefault(r => r.Settings.Consumer == "client" && r.Settings.Clients == floor.Settings.Clients) is not { } client)
            {
                continue;
            }

            if (table.Length == 0)
            {
                table.AppendLine("| Clients | Floor cores | Client cores | Client / floor | Floor working set | Client working set | CPU µs/msg floor | client |");
                table.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            }

            table.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {floor.Settings.Clients:N0} | {floor.Cores:0.00} | {client.Cores:0.00} | {client.Cores / floor.Cores:0.00}x | {floor.PeakWorkingSetMegabytes:N0} MB | {client.PeakWorkingSetMegabytes:N0} MB | {MicrosecondsPerMessage(floor):N1} | {MicrosecondsPerMessage(client):N1} |"));
        }

        return table.ToString();
    }

    /// <summary>CPU time per delivered message: cores (CPU seconds per second) over messages per second.</summary>
    private static double MicrosecondsPerMessage(FleetResult result) =>
        result.MessagesPerSecond == 0 ? double.NaN : result.Cores / result.MessagesPerSecond * 1e6;
}
