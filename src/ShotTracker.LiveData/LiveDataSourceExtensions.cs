namespace ShotTracker.LiveData;

/// <summary>Wire names and sequencing facts for <see cref="LiveDataSource"/> values.</summary>
public static class LiveDataSourceExtensions
{
    /// <summary>Gets the lower-case name the service uses for <paramref name="source"/> on the wire.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The wire name, for example <c>boxscorestatsv2</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public static string ToWireName(this LiveDataSource source) => source switch
    {
        LiveDataSource.Marker => "marker",
        LiveDataSource.BroadcastSummary => "broadcastsummary",
        LiveDataSource.BoxScoreStats => "boxscorestatsv2",
        LiveDataSource.Chart => "chart",
        LiveDataSource.Possessions => "possessions",
        LiveDataSource.PossessionStats => "possessionstats",
        LiveDataSource.LineupStats => "lineupstats",
        LiveDataSource.Location => "location",
        LiveDataSource.Clock => "clock",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a Live Data V2 source."),
    };

    /// <summary>
    /// Gets whether messages of <paramref name="source"/> carry the shared sequence number used for resuming.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns><see langword="true"/> for marker, boxscorestatsv2, chart, possessions, possessionstats and lineupstats.</returns>
    public static bool IsSequenced(this LiveDataSource source) => source switch
    {
        LiveDataSource.BroadcastSummary or LiveDataSource.Location or LiveDataSource.Clock => false,
        _ => true,
    };

    /// <summary>Parses a wire name such as <c>chart</c> into a <see cref="LiveDataSource"/>.</summary>
    /// <param name="wireName">The lower-case wire name (compared case-insensitively).</param>
    /// <param name="source">The parsed source when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> names a known source.</returns>
    public static bool TryParseWireName(string? wireName, out LiveDataSource source)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToWireName(), wireName, StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }

    /// <summary>Gets every source, in the order the documentation lists them.</summary>
    public static IReadOnlyList<LiveDataSource> All { get; } =
    [
        LiveDataSource.Marker,
        LiveDataSource.BroadcastSummary,
        LiveDataSource.BoxScoreStats,
        LiveDataSource.Chart,
        LiveDataSource.Possessions,
        LiveDataSource.PossessionStats,
        LiveDataSource.LineupStats,
        LiveDataSource.Location,
        LiveDataSource.Clock,
    ];
}
