namespace ShotTracker.LiveData.Diagnostics;

/// <summary>Reads the payload's own timestamp (milliseconds since the Unix epoch) for the lag histogram.</summary>
internal static class PayloadTimestamp
{
    /// <summary>
    /// Returns <c>t</c> of chart, boxscorestatsv2, marker and possessionstats, the newest <c>locations[].t</c> of a
    /// location frame and <c>at</c> of a broadcastsummary; <see langword="null"/> for sources without one.
    /// </summary>
    public static long? Get(LiveDataEvent item) => item switch
    {
        ChartEvent e => e.Data.Timestamp,
        BoxScoreStatsEvent e => e.Data.Timestamp,
        MarkerEvent e => e.Data.Timestamp,
        PossessionStatsEvent e => e.Data.Timestamp,
        BroadcastSummaryEvent e => e.Data.Timestamp,
        LocationEvent e => Newest(e.Data.Locations),
        _ => null,
    };

    private static long? Newest(IReadOnlyList<Models.LocationSample?>? samples)
    {
        if (samples is null)
        {
            return null;
        }

        long? newest = null;
        for (var i = 0; i < samples.Count; i++)
        {
            if (samples[i]?.Timestamp is { } t && (newest is null || t > newest))
            {
                newest = t;
            }
        }

        return newest;
    }
}
