using System.Text.Json;

namespace ShotTracker.LiveData.Protocol;

/// <summary>Matches a <c>source</c> string token against the known wire names without allocating.</summary>
internal static class SourceNames
{
    public static LiveDataSource? Match(ref Utf8JsonReader reader)
    {
        // Ordered by how often each source arrives in a live game.
        if (reader.ValueTextEquals("location"u8))
        {
            return LiveDataSource.Location;
        }

        if (reader.ValueTextEquals("clock"u8))
        {
            return LiveDataSource.Clock;
        }

        if (reader.ValueTextEquals("boxscorestatsv2"u8))
        {
            return LiveDataSource.BoxScoreStats;
        }

        if (reader.ValueTextEquals("chart"u8))
        {
            return LiveDataSource.Chart;
        }

        if (reader.ValueTextEquals("possessions"u8))
        {
            return LiveDataSource.Possessions;
        }

        if (reader.ValueTextEquals("possessionstats"u8))
        {
            return LiveDataSource.PossessionStats;
        }

        if (reader.ValueTextEquals("lineupstats"u8))
        {
            return LiveDataSource.LineupStats;
        }

        if (reader.ValueTextEquals("broadcastsummary"u8))
        {
            return LiveDataSource.BroadcastSummary;
        }

        if (reader.ValueTextEquals("marker"u8))
        {
            return LiveDataSource.Marker;
        }

        return null;
    }
}
