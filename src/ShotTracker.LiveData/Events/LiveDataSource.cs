namespace ShotTracker.LiveData;

/// <summary>
/// A Live Data V2 source: one stream of payloads with one shape, selected with the <c>source</c> query parameter.
/// </summary>
/// <remarks>
/// Sources marked as sequenced share one increasing sequence number that the client uses to resume after a
/// dropped connection; see <see cref="LiveDataSourceExtensions.IsSequenced(LiveDataSource)"/>.
/// </remarks>
public enum LiveDataSource
{
    /// <summary>Game state markers such as jersey colours and lineup status (<c>marker</c>, sequenced).</summary>
    Marker = 1,

    /// <summary>The broadcaster's full game summary (<c>broadcastsummary</c>, not sequenced).</summary>
    BroadcastSummary = 2,

    /// <summary>Play-by-play box score stats for players and teams (<c>boxscorestatsv2</c>, sequenced).</summary>
    BoxScoreStats = 3,

    /// <summary>Shot chart details for every shot (<c>chart</c>, sequenced).</summary>
    Chart = 4,

    /// <summary>Each team's possessions, updated for each stat (<c>possessions</c>, sequenced).</summary>
    Possessions = 5,

    /// <summary>Advanced stat totals for grouped possessions (<c>possessionstats</c>, sequenced).</summary>
    PossessionStats = 6,

    /// <summary>Stat totals for grouped lineups (<c>lineupstats</c>, sequenced).</summary>
    LineupStats = 7,

    /// <summary>Player and ball xyz locations (<c>location</c>, not sequenced).</summary>
    Location = 8,

    /// <summary>Game clock and shot clock ticks at 2 Hz (<c>clock</c>, not sequenced).</summary>
    Clock = 9,
}
