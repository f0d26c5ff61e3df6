using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Protocol.Converters;

/// <summary>
/// Value readers for hand-written converters, with the same tolerance as the generated ones (numbers as
/// integers, decimals or numeric strings; null for absent values) and errors that name the exact JSON path.
/// </summary>
internal static class PropertyReader
{
    public static double? ReadDouble(ref Utf8JsonReader reader, in JsonPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDouble(out var value):
                return value;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw Mismatch(ref reader, path, "a number");
        }
    }

    public static long? ReadInt64(ref Utf8JsonReader reader, in JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return TolerantNumber.ReadIntegral(ref reader);
        }
        catch (JsonException)
        {
            throw Mismatch(ref reader, path, "an integer");
        }
    }

    public static bool? ReadBoolean(ref Utf8JsonReader reader, in JsonPath path) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, path, "a boolean"),
    };

    public static string? ReadString(ref Utf8JsonReader reader, in JsonPath path) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, path, "a string"),
    };

    /// <summary>Reads a string that is likely to repeat across messages, sharing one instance per thread.</summary>
    public static string? ReadRepeatedString(ref Utf8JsonReader reader, in JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Utf8StringCache.Get(reader.ValueSpan);
        }

        return ReadString(ref reader, path);
    }

    /// <summary>An error that already carries its path, so the serializer does not replace it with the object's.</summary>
    public static JsonException Mismatch(ref Utf8JsonReader reader, in JsonPath path, string expected)
    {
        var text = path.ToString();
        return new($"The JSON value at {text} could not be read: expected {expected} but found {JsonTokenNames.Describe(reader.TokenType)}.", text, lineNumber: null, bytePositionInLine: reader.TokenStartIndex);
    }
}
