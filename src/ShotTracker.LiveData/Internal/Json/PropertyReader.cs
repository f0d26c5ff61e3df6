using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Value readers for hand-written converters, with the same tolerance as the generated ones (numbers as
/// integers, decimals or numeric strings; null for absent values) and errors that name the exact JSON path.
/// </summary>
internal static class PropertyReader
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ReadDouble(ref Utf8JsonReader reader, in JsonPath path) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && IsFinite(value)
            ? value
            : ReadDoubleSlow(ref reader, path);

    // Null, a numeric string, a number out of range, or a value of another type.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double? ReadDoubleSlow(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return FiniteDouble.Read(ref reader) ?? throw Mismatch(ref reader, path, "a number");
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            var text = path.ToString();
            throw new JsonException($"The JSON value at {text} could not be read: {ex.Message}", text, lineNumber: null, bytePositionInLine: reader.TokenStartIndex, ex);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ReadInt64(ref Utf8JsonReader reader, in JsonPath path) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : ReadInt64Slow(ref reader, path);

    // Null, a decimal or numeric string, a number out of range, or a value of another type.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long? ReadInt64Slow(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return TolerantNumber.ReadIntegral(ref reader);
        }
        catch (JsonException ex)
        {
            throw Mismatch(ref reader, path, "an integer", ex);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ReadInt32(ref Utf8JsonReader reader, in JsonPath path) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : ReadInt32Slow(ref reader, path);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int? ReadInt32Slow(ref Utf8JsonReader reader, JsonPath path)
    {
        var wide = ReadInt64(ref reader, path);
        if (wide is < int.MinValue or > int.MaxValue)
        {
            throw new JsonException($"The JSON value at {path} could not be read: the number {wide} does not fit in a 32-bit integer.", path.ToString(), lineNumber: null, bytePositionInLine: reader.TokenStartIndex);
        }

        return (int?)wide;
    }

    public static bool? ReadBoolean(ref Utf8JsonReader reader, in JsonPath path) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, path, "a boolean"),
    };

    public static string? ReadString(ref Utf8JsonReader reader, in JsonPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                try
                {
                    return JsonText.GetString(ref reader);
                }
                catch (InvalidJsonTextException ex)
                {
                    throw InvalidText(path, ex);
                }

            case JsonTokenType.Null:
                return null;
            default:
                throw Mismatch(ref reader, path, "a string");
        }
    }

    /// <summary>Reads a string that is likely to repeat across messages, sharing one instance per thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReadRepeatedString(ref Utf8JsonReader reader, in JsonPath path) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8StringCache.TryGet(reader.ValueSpan, out var value)
            ? value
            : ReadRepeatedStringSlow(ref reader, path);

    /// <summary>
    /// Reads a string that is likely to repeat, as <see cref="ReadRepeatedString(ref Utf8JsonReader, in JsonPath)"/>, for
    /// field <paramref name="field"/> of <paramref name="table"/>: the path is made only when the value is not a plain string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReadRepeatedString(ref Utf8JsonReader reader, PropertyTable table, int field) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8StringCache.TryGet(reader.ValueSpan, out var value)
            ? value
            : ReadRepeatedStringSlow(ref reader, table.Path(field));

    /// <summary>An error that already carries its path, so the serializer does not replace it with the object's.</summary>
    public static JsonException Mismatch(ref Utf8JsonReader reader, in JsonPath path, string expected, Exception? reason = null)
    {
        var text = path.ToString();
        var why = reason is null ? string.Empty : $" ({reason.Message})";
        return new($"The JSON value at {text} could not be read: expected {expected} but found {JsonTokenNames.Describe(reader.TokenType)}{why}.", text, lineNumber: null, bytePositionInLine: reader.TokenStartIndex, reason);
    }

    /// <summary>An error for a string at <paramref name="path"/> that is not valid text.</summary>
    public static JsonException InvalidText(in JsonPath path, InvalidJsonTextException ex)
    {
        var text = path.ToString();
        return new($"The JSON value at {text} could not be read: {ex.Message}", text, lineNumber: null, bytePositionInLine: ex.Position, ex);
    }

    // Null, a value of another type, an escaped string, or text that is not UTF-8 (the cache does not throw).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ReadRepeatedStringSlow(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            throw InvalidText(path, new InvalidJsonTextException("The JSON string is not valid UTF-8.", reader.TokenStartIndex, null));
        }

        return ReadString(ref reader, path);
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
