using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Protocol;

/// <summary>Maps each source to its payload's source-generated metadata and event type.</summary>
internal static class PayloadSerializer
{
    private static readonly LiveDataJsonContext Context = LiveDataJsonContext.Default;
    private static readonly JsonSerializerOptions Options = Context.Options;
    private static readonly PayloadReader<LocationData> Location = new(Context.LocationData);
    private static readonly PayloadReader<ClockData> Clock = new(Context.ClockData);
    private static readonly PayloadReader<BoxScoreStatsData> BoxScoreStats = new(Context.BoxScoreStatsData);
    private static readonly PayloadReader<ChartData> Chart = new(Context.ChartData);
    private static readonly PayloadReader<PossessionsData> Possessions = new(Context.PossessionsData);
    private static readonly PayloadReader<PossessionStatsData> PossessionStats = new(Context.PossessionStatsData);
    private static readonly PayloadReader<LineupStatsData> LineupStats = new(Context.LineupStatsData);
    private static readonly PayloadReader<BroadcastSummaryData> BroadcastSummary = new(Context.BroadcastSummaryData);
    private static readonly PayloadReader<MarkerData> Marker = new(Context.MarkerData);

    /// <summary>
    /// Deserializes the payload object at the reader's current <c>StartObject</c> in place, in the same pass as
    /// the envelope. Errors carry no reliable path; callers use <see cref="ReadIsolated"/> to describe them.
    /// </summary>
    public static object Read(ref Utf8JsonReader reader, LiveDataSource source) => source switch
    {
        LiveDataSource.Location => Location.Read(ref reader),
        LiveDataSource.Clock => Clock.Read(ref reader),
        LiveDataSource.BoxScoreStats => BoxScoreStats.Read(ref reader),
        LiveDataSource.Chart => Chart.Read(ref reader),
        LiveDataSource.Possessions => Possessions.Read(ref reader),
        LiveDataSource.PossessionStats => PossessionStats.Read(ref reader),
        LiveDataSource.LineupStats => LineupStats.Read(ref reader),
        LiveDataSource.BroadcastSummary => BroadcastSummary.Read(ref reader),
        LiveDataSource.Marker => Marker.Read(ref reader),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>
    /// Deserializes the payload that starts <paramref name="data"/> through the serializer's public entry point,
    /// which reports errors with the JSON path and the byte position relative to <paramref name="data"/>.
    /// </summary>
    public static object? ReadIsolated(ReadOnlySpan<byte> data, LiveDataSource source)
    {
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { AllowMultipleValues = true });
        return source switch
        {
            LiveDataSource.Location => JsonSerializer.Deserialize(ref reader, Context.LocationData),
            LiveDataSource.Clock => JsonSerializer.Deserialize(ref reader, Context.ClockData),
            LiveDataSource.BoxScoreStats => JsonSerializer.Deserialize(ref reader, Context.BoxScoreStatsData),
            LiveDataSource.Chart => JsonSerializer.Deserialize(ref reader, Context.ChartData),
            LiveDataSource.Possessions => JsonSerializer.Deserialize(ref reader, Context.PossessionsData),
            LiveDataSource.PossessionStats => JsonSerializer.Deserialize(ref reader, Context.PossessionStatsData),
            LiveDataSource.LineupStats => JsonSerializer.Deserialize(ref reader, Context.LineupStatsData),
            LiveDataSource.BroadcastSummary => JsonSerializer.Deserialize(ref reader, Context.BroadcastSummaryData),
            LiveDataSource.Marker => (object?)JsonSerializer.Deserialize(ref reader, Context.MarkerData),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };
    }

    public static LiveDataEvent CreateEvent(LiveDataSource source, object payload, long? sequence, IReadOnlyDictionary<string, JsonElement>? extra) => source switch
    {
        LiveDataSource.Location => new LocationEvent { Data = (LocationData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.Clock => new ClockEvent { Data = (ClockData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.BoxScoreStats => new BoxScoreStatsEvent { Data = (BoxScoreStatsData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.Chart => new ChartEvent { Data = (ChartData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.Possessions => new PossessionsEvent { Data = (PossessionsData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.PossessionStats => new PossessionStatsEvent { Data = (PossessionStatsData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.LineupStats => new LineupStatsEvent { Data = (LineupStatsData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.BroadcastSummary => new BroadcastSummaryEvent { Data = (BroadcastSummaryData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        LiveDataSource.Marker => new MarkerEvent { Data = (MarkerData)payload, Sequence = sequence, AdditionalEnvelopeProperties = extra },
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static void Write(Utf8JsonWriter writer, LiveDataEvent liveDataEvent)
    {
        switch (liveDataEvent)
        {
            case LocationEvent e: JsonSerializer.Serialize(writer, e.Data, Context.LocationData); break;
            case ClockEvent e: JsonSerializer.Serialize(writer, e.Data, Context.ClockData); break;
            case BoxScoreStatsEvent e: JsonSerializer.Serialize(writer, e.Data, Context.BoxScoreStatsData); break;
            case ChartEvent e: JsonSerializer.Serialize(writer, e.Data, Context.ChartData); break;
            case PossessionsEvent e: JsonSerializer.Serialize(writer, e.Data, Context.PossessionsData); break;
            case PossessionStatsEvent e: JsonSerializer.Serialize(writer, e.Data, Context.PossessionStatsData); break;
            case LineupStatsEvent e: JsonSerializer.Serialize(writer, e.Data, Context.LineupStatsData); break;
            case BroadcastSummaryEvent e: JsonSerializer.Serialize(writer, e.Data, Context.BroadcastSummaryData); break;
            case MarkerEvent e: JsonSerializer.Serialize(writer, e.Data, Context.MarkerData); break;
            default: throw new ArgumentException($"{liveDataEvent.GetType().Name} has no payload.", nameof(liveDataEvent));
        }
    }

    /// <summary>
    /// Calls a payload's converter directly on the caller's reader. <c>JsonSerializer.Deserialize(ref reader)</c>
    /// would first skip over the whole value to copy it into a reader of its own: a second pass over every payload.
    /// </summary>
    private sealed class PayloadReader<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        private readonly JsonConverter<T> _converter = (JsonConverter<T>)typeInfo.Converter;

        public object Read(ref Utf8JsonReader reader) =>
            _converter.Read(ref reader, typeof(T), Options) ?? throw new JsonException("The payload is null.");
    }
}
