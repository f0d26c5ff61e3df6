using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Protocol;

/// <summary>Writes events back as envelopes: <c>type</c>, <c>source</c>, <c>seq</c>, <c>data</c>, then any extras.</summary>
internal static class EnvelopeWriter
{
    public static void Write(Utf8JsonWriter writer, LiveDataEvent liveDataEvent)
    {
        if (liveDataEvent is UnknownLiveDataEvent unknown)
        {
            // Kept verbatim: the raw message is the only faithful record of a shape this SDK does not know.
            writer.WriteRawValue(unknown.RawJson.Span, skipInputValidation: false);
            writer.Flush();
            return;
        }

        if (liveDataEvent is InvalidLiveDataEvent)
        {
            throw new ArgumentException(
                "An invalid message has no JSON form to write; its raw bytes are in InvalidLiveDataEvent.RawJson.",
                nameof(liveDataEvent));
        }

        if (liveDataEvent is LiveDataGapEvent)
        {
            throw new ArgumentException(
                "A LiveDataGapEvent is the client's own note about a reconnect, not a message of the service; it has no wire form. Skip it when writing a stream.",
                nameof(liveDataEvent));
        }

        writer.WriteStartObject();
        if (liveDataEvent is PongEvent)
        {
            writer.WriteString("type"u8, "pong"u8);
        }
        else
        {
            writer.WriteString("type"u8, "data"u8);
            writer.WriteString("source"u8, liveDataEvent.Source!.Value.ToWireName());
        }

        if (liveDataEvent.Sequence is { } sequence)
        {
            writer.WriteNumber("seq"u8, sequence);
        }

        if (liveDataEvent is not PongEvent)
        {
            writer.WritePropertyName("data"u8);
            SourceTable.Get(liveDataEvent.Source!.Value).Write(writer, liveDataEvent);
        }

        if (liveDataEvent.AdditionalEnvelopeProperties is { } extra)
        {
            foreach (var property in extra)
            {
                writer.WritePropertyName(property.Key);
                property.Value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        writer.Flush();
    }
}
