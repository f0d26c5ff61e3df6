using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reads an <see cref="int"/> that the service may send as <c>3</c>, <c>3.0</c> or <c>"3"</c>; a value with a
/// fraction or out of range is a <see cref="JsonException"/>, never a silent truncation.
/// </summary>
internal sealed class TolerantInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        var wide = TolerantNumber.ReadIntegral(ref reader);
        if (wide is < int.MinValue or > int.MaxValue)
        {
            throw new JsonException($"The number {wide} does not fit in a 32-bit integer.");
        }

        return (int)wide;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}

/// <summary>Reads a <see cref="long"/> that may arrive as an integer, an integral decimal or a numeric string.</summary>
internal sealed class TolerantInt64Converter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : TolerantNumber.ReadIntegral(ref reader);

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}

/// <summary>The slow path shared by the tolerant integer converters.</summary>
internal static class TolerantNumber
{
    // 2^53: beyond it a double no longer represents every integer, so a decimal that large cannot be trusted.
    private const double MaxExactDouble = 9007199254740992d;

    public static long ReadIntegral(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                // TryGetDouble fails (netstandard2.0) or gives infinity (.NET) beyond double's range: both are rejected.
                return reader.TryGetDouble(out var number) && !double.IsInfinity(number)
                    ? FromDouble(number)
                    : throw new JsonException($"The number {JsonTokenNames.NumberText(ref reader)} is out of range for an integer.");
            case JsonTokenType.String:
                var text = reader.HasValueSequence || reader.ValueIsEscaped ? null : reader.ValueSpan;
                if (text is { } span && Utf8Parser.TryParse(span, out long parsed, out var consumed) && consumed == span.Length)
                {
                    return parsed;
                }

                var str = JsonText.GetString(ref reader);
                if (double.TryParse(str, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d))
                {
                    return FromDouble(d);
                }

                throw new JsonException($"The string {JsonTokenNames.Quote(str)} is not an integer.");
            default:
                throw new JsonException($"Expected an integer but found {reader.TokenType}.");
        }
    }

    private static long FromDouble(double value)
    {
        if (Math.Abs(value) > MaxExactDouble || Math.Floor(value) != value)
        {
            throw new JsonException($"The number {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is not an integer.");
        }

        return (long)value;
    }
}
