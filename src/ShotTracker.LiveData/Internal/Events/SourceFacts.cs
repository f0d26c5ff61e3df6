namespace ShotTracker.LiveData.Internal.Events;

/// <summary>
/// What the vocabulary says of each source: its wire name and whether it carries the shared sequence number, in the
/// order the documentation lists the sources. It sits below the protocol so that <see cref="LiveDataSourceExtensions"/>
/// (and everything that only names sources) needs no parser; the protocol's <c>SourceTable</c> adds the rest.
/// </summary>
internal static class SourceFacts
{
    /// <summary>Gets every source's facts, in the order the documentation lists them.</summary>
    public static IReadOnlyList<SourceFact> All { get; } =
    [
        new(LiveDataSource.Marker, "marker", IsSequenced: true),
        new(LiveDataSource.BroadcastSummary, "broadcastsummary", IsSequenced: false),
        new(LiveDataSource.BoxScoreStats, "boxscorestatsv2", IsSequenced: true),
        new(LiveDataSource.Chart, "chart", IsSequenced: true),
        new(LiveDataSource.Possessions, "possessions", IsSequenced: true),
        new(LiveDataSource.PossessionStats, "possessionstats", IsSequenced: true),
        new(LiveDataSource.LineupStats, "lineupstats", IsSequenced: true),
        new(LiveDataSource.Location, "location", IsSequenced: false),
        new(LiveDataSource.Clock, "clock", IsSequenced: false),
    ];

    private static SourceFact?[] ByValue { get; } = Index();

    /// <summary>Gets the facts of <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined source.</exception>
    public static SourceFact Get(LiveDataSource source) =>
        (uint)source < (uint)ByValue.Length && ByValue[(int)source] is { } fact
            ? fact
            : throw new ArgumentOutOfRangeException(nameof(source), source, "Not a Live Data V2 source.");

    private static SourceFact?[] Index()
    {
        var byValue = new SourceFact?[All.Max(f => (int)f.Source) + 1];
        foreach (var fact in All)
        {
            byValue[(int)fact.Source] = fact;
        }

        return byValue;
    }
}

/// <summary>A source's wire name and whether its messages carry the shared sequence number.</summary>
internal sealed record SourceFact(LiveDataSource Source, string WireName, bool IsSequenced);
