using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reads an id whose JSON type is undocumented: a string as is, a number as the exact text it was sent as.
/// Writes a string.
/// </summary>
internal sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return JsonText.GetString(ref reader);
            case JsonTokenType.Number:
                // Numbers are never escaped, so the raw bytes are the text.
                var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                return Encoding.UTF8.GetString(bytes);
            default:
                throw new JsonException($"Expected a string or a number but found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
