using System.Text.Json;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Protocol;

/// <summary>Maps each source to its payload's source-generated metadata and event type.</summary>
internal static class PayloadSerializer
{
    private static readonly LiveDataJsonContext Context = LiveDataJsonContext.Default;

    /// <summary>Deserializes the payload object at the reader's current <c>StartObject</c>.</summary>
    public static object Read(ref Utf8JsonReader reader, LiveDataSource source) => source switch
    {
        LiveDataSource.Location => (object?)JsonSerializer.Deserialize(ref reader, Context.LocationData),
        LiveDataSource.Clock => JsonSerializer.Deserialize(ref reader, Context.ClockData),
        LiveDataSource.BoxScoreStats => JsonSerializer.Deserialize(ref reader, Context.BoxScoreStatsData),
        LiveDataSource.Chart => JsonSerializer.Deserialize(ref reader, Context.ChartData),
        LiveDataSource.Possessions => JsonSerializer.Deserialize(ref reader, Context.PossessionsData),
        LiveDataSource.PossessionStats => JsonSerializer.Deserialize(ref reader, Context.PossessionStatsData),
        LiveDataSource.LineupStats => JsonSerializer.Deserialize(ref reader, Context.LineupStatsData),
        LiveDataSource.BroadcastSummary => JsonSerializer.Deserialize(ref reader, Context.BroadcastSummaryData),
        LiveDataSource.Marker => JsonSerializer.Deserialize(ref reader, Context.MarkerData),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    } ?? throw new JsonException("The payload is null.");

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
}
