using System.Buffers;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Server;

/// <summary>Rewrites an envelope with <c>data</c> first: property order is not guaranteed on the wire.</summary>
internal static class EnvelopeOrder
{
    public static byte[] DataFirst(ReadOnlyMemory<byte> envelope)
    {
        using var document = JsonDocument.Parse(envelope);
        var buffer = new ArrayBufferWriter<byte>(envelope.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var properties = document.RootElement.EnumerateObject().ToList();
            foreach (var property in properties.Where(p => p.NameEquals("data"u8)).Concat(properties.Where(p => !p.NameEquals("data"u8)).Reverse()))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
