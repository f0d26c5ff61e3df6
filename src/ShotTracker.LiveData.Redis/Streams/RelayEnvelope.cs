using System.Text.Json;

namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>
/// What the relay needs of a raw message to file it: its <c>seq</c>, its <c>source</c> and, for a non-sequenced frame,
/// the payload's own timestamp (the newest <c>locations[].t</c> of a location frame, <c>at</c> of a broadcastsummary).
/// </summary>
/// <remarks>
/// A message that is not a JSON object (a malformed frame) reads as all <see langword="null"/>: it is kept anyway, in
/// the <c>other</c> stream. Property order does not matter (<c>data</c> may come before <c>source</c>).
/// </remarks>
internal readonly record struct RelayEnvelope(long? Sequence, string? Source, long? Timestamp)
{
    public static RelayEnvelope Read(ReadOnlySpan<byte> message)
    {
        try
        {
            return ReadObject(message);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static RelayEnvelope ReadObject(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        long? sequence = null;
        string? source = null;
        long? at = null;
        long? newestLocation = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("seq"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seq) ? seq : null;
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                reader.Read();
                source = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                ReadData(ref reader, ref at, ref newestLocation);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var timestamp = source switch
        {
            "location" => newestLocation,
            "broadcastsummary" => at,
            _ => null,
        };
        return new RelayEnvelope(sequence, source, timestamp);
    }

    private static void ReadData(ref Utf8JsonReader reader, ref long? at, ref long? newestLocation)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("at"u8))
            {
                reader.Read();
                at = Milliseconds(ref reader) ?? at;
            }
            else if (reader.ValueTextEquals("locations"u8))
            {
                reader.Read();
                ReadLocations(ref reader, ref newestLocation);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadLocations(ref Utf8JsonReader reader, ref long? newest)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTime = reader.ValueTextEquals("t"u8);
                reader.Read();
                if (isTime && Milliseconds(ref reader) is { } t && (newest is null || t > newest))
                {
                    newest = t;
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    // A timestamp may arrive as an integer or a decimal (the wire contract allows both); its millisecond is kept.
    private static long? Milliseconds(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.Number ? null
        : reader.TryGetInt64(out var whole) ? whole
        : reader.TryGetDouble(out var value) && value is >= 0 and < 1e15 ? (long)value
        : null;
}
