using ShotTracker.LiveData.Internal.Events;

namespace ShotTracker.LiveData;

/// <summary>Wire names and sequencing facts for <see cref="LiveDataSource"/> values.</summary>
public static class LiveDataSourceExtensions
{
    /// <summary>Gets the lower-case name the service uses for <paramref name="source"/> on the wire.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The wire name, for example <c>boxscorestatsv2</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public static string ToWireName(this LiveDataSource source) => SourceFacts.Get(source).WireName;

    /// <summary>
    /// Gets whether messages of <paramref name="source"/> carry the shared sequence number used for resuming.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns><see langword="true"/> for marker, boxscorestatsv2, chart, possessions, possessionstats and lineupstats.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public static bool IsSequenced(this LiveDataSource source) => SourceFacts.Get(source).IsSequenced;

    /// <summary>Parses a wire name such as <c>chart</c> into a <see cref="LiveDataSource"/>.</summary>
    /// <param name="wireName">The lower-case wire name (compared case-insensitively).</param>
    /// <param name="source">The parsed source when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> names a known source.</returns>
    public static bool TryParseWireName(string? wireName, out LiveDataSource source)
    {
        foreach (var candidate in SourceFacts.All)
        {
            if (string.Equals(candidate.WireName, wireName, StringComparison.OrdinalIgnoreCase))
            {
                source = candidate.Source;
                return true;
            }
        }

        source = default;
        return false;
    }

    /// <summary>Gets every source, in the order the documentation lists them.</summary>
    public static IReadOnlyList<LiveDataSource> All { get; } = SourceFacts.All.Select(d => d.Source).ToArray();

    /// <summary>Joins the wire names of <paramref name="sources"/> (with commas unless told), for displays and <c>ToString</c>.</summary>
    internal static string ToWireNames(this IEnumerable<LiveDataSource> sources, string separator = ",") => string.Join(separator, sources.Select(ToWireName));
}
