using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Protocol.Readers;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>
/// The one table of sources' payloads. Adding a source is one entry here and one in <see cref="Events.SourceFacts"/>
/// (its wire name and sequencing, which the vocabulary reads without a parser), plus its model, its event record, its
/// enum value and its <c>[JsonSerializable]</c> line; every list, switch and array size is derived from them.
/// </summary>
internal static class SourceTable
{
    private static readonly LiveDataJsonContext Context = LiveDataJsonContext.Default;

    /// <summary>Gets every source's descriptor, in the order the documentation lists them.</summary>
    public static IReadOnlyList<SourceDescriptor> All { get; } =
    [
        new SourceDescriptor<MarkerData, MarkerEvent>(
            LiveDataSource.Marker, Context.MarkerData,
            static (d, s, x) => new MarkerEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, static d => d.Timestamp, MarkerDataReader.Read),
        new SourceDescriptor<BroadcastSummaryData, BroadcastSummaryEvent>(
            LiveDataSource.BroadcastSummary, Context.BroadcastSummaryData,
            static (d, s, x) => new BroadcastSummaryEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, static d => d.Timestamp, BroadcastSummaryDataReader.Read),
        new SourceDescriptor<BoxScoreStatsData, BoxScoreStatsEvent>(
            LiveDataSource.BoxScoreStats, Context.BoxScoreStatsData,
            static (d, s, x) => new BoxScoreStatsEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, static d => d.Timestamp, BoxScoreStatsDataReader.Read),
        new SourceDescriptor<ChartData, ChartEvent>(
            LiveDataSource.Chart, Context.ChartData,
            static (d, s, x) => new ChartEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, static d => d.Timestamp, ChartDataReader.Read),
        new SourceDescriptor<PossessionsData, PossessionsEvent>(
            LiveDataSource.Possessions, Context.PossessionsData,
            static (d, s, x) => new PossessionsEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, read: PossessionsDataReader.Read),
        new SourceDescriptor<PossessionStatsData, PossessionStatsEvent>(
            LiveDataSource.PossessionStats, Context.PossessionStatsData,
            static (d, s, x) => new PossessionStatsEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, static d => d.Timestamp, PossessionStatsDataReader.Read),
        new SourceDescriptor<LineupStatsData, LineupStatsEvent>(
            LiveDataSource.LineupStats, Context.LineupStatsData,
            static (d, s, x) => new LineupStatsEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, read: LineupStatsDataReader.Read),
        new SourceDescriptor<LocationData, LocationEvent>(
            LiveDataSource.Location, Context.LocationData,
            static (d, s, x) => new LocationEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, static d => NewestSample(d.Locations)),
        new SourceDescriptor<ClockData, ClockEvent>(
            LiveDataSource.Clock, Context.ClockData,
            static (d, s, x) => new ClockEvent { Data = d, Sequence = s, AdditionalEnvelopeProperties = x }, read: ClockDataReader.Read),
    ];

    /// <summary>Gets the length of an array indexed by <see cref="LiveDataSource"/> value.</summary>
    public static int IndexCapacity { get; } = All.Max(d => (int)d.Source) + 1;

    // Static initializers run in declaration order: the index before anything that looks sources up in it.
    private static SourceDescriptor?[] ByValue { get; } = Index();

    /// <summary>Gets the descriptors in the order sources arrive in a live game, most frequent first, for matching.</summary>
    private static SourceDescriptor[] MatchOrder { get; } =
        new[] { LiveDataSource.Location, LiveDataSource.Clock, LiveDataSource.BoxScoreStats, LiveDataSource.Chart }
            .Select(Get)
            .Concat(All.Where(d => d.Source is not (LiveDataSource.Location or LiveDataSource.Clock or LiveDataSource.BoxScoreStats or LiveDataSource.Chart)))
            .ToArray();

    private static PropertyTable MatchTable { get; } = new(MatchOrder.Select(d => d.WireName).ToArray());

    /// <summary>Gets the descriptor of <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined source.</exception>
    public static SourceDescriptor Get(LiveDataSource source) =>
        (uint)source < (uint)ByValue.Length && ByValue[(int)source] is { } descriptor
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(source), source, "Not a Live Data V2 source.");

    /// <summary>Matches the reader's current string token against the wire names; <see langword="null"/> when unknown.</summary>
    public static SourceDescriptor? Match(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // The most frequent source first, then by length: one or two compares.
            var first = -1;
            var index = MatchTable.Match(reader.ValueSpan, ref first);
            return index < 0 ? null : MatchOrder[index];
        }

        foreach (var descriptor in MatchOrder)
        {
            if (reader.ValueTextEquals(descriptor.WireNameUtf8))
            {
                return descriptor;
            }
        }

        return null;
    }

    private static SourceDescriptor?[] Index()
    {
        var byValue = new SourceDescriptor?[IndexCapacity];
        foreach (var descriptor in All)
        {
            byValue[(int)descriptor.Source] = descriptor;
        }

        return byValue;
    }

    private static long? NewestSample(IReadOnlyList<LocationSample?>? samples)
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
