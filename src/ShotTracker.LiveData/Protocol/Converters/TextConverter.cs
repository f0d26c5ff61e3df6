using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Protocol.Converters;

/// <summary>
/// Reads strings as the built-in converter does, but reports text that cannot be decoded (invalid UTF-8, a lone
/// surrogate escape) as a <see cref="JsonException"/> saying so, not as a bare <see cref="InvalidOperationException"/>.
/// </summary>
internal sealed class TextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? JsonText.GetString(ref reader)
            : throw new JsonException($"Expected a string but found {JsonTokenNames.Describe(reader.TokenType)}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
