
namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>Reads the payload's own timestamp (milliseconds since the Unix epoch) for the lag histogram.</summary>
internal static class PayloadTimestamp
{
    /// <summary>
    /// Returns the timestamp the source's descriptor names (<c>t</c> of chart, boxscorestatsv2, marker and
    /// possessionstats, the newest <c>locations[].t</c> of a location frame, <c>at</c> of a broadcastsummary);
    /// <see langword="null"/> for sources without one and for events of no known source.
    /// </summary>
    public static long? Get(LiveDataEvent item) =>
        item.Source is { } source ? SourceTable.Get(source).Timestamp(item) : null;
}
