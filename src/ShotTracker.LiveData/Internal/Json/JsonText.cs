using System.Buffers;
using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reads JSON strings that may not be valid text. <see cref="Utf8JsonReader"/> checks the JSON grammar but not the
/// text inside strings: invalid UTF-8 and lone or reversed surrogate escapes (<c>"\ud800"</c>) surface only when a
/// string is decoded, as an <see cref="InvalidOperationException"/>, or, inside a <see cref="JsonElement"/>, when it
/// is written back. These helpers turn both into a <see cref="JsonException"/> where the value is read.
/// </summary>
internal static class JsonText
{
    /// <summary>Returns the current string or property name, or throws <see cref="InvalidJsonTextException"/>.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw new InvalidJsonTextException(ex.Message, reader.TokenStartIndex, ex);
        }
    }

    /// <summary>Throws <see cref="InvalidJsonTextException"/> when the current string or property name is not valid text.</summary>
    /// <remarks>Unescaped text is only checked on .NET 8+ (vectorized); elsewhere, and when escaped, it is decoded into a pooled buffer.</remarks>
    public static void Validate(ref Utf8JsonReader reader)
    {
#if NET8_0_OR_GREATER
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                throw new InvalidJsonTextException("The JSON string is not valid UTF-8.", reader.TokenStartIndex, null);
            }

            return;
        }
#endif
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            // Unescaped UTF-16 is never longer than the escaped UTF-8 it came from; CopyString throws on invalid text.
            reader.CopyString(buffer);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidJsonTextException(ex.Message, reader.TokenStartIndex, ex);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Parses the value at the reader into a <see cref="JsonElement"/> after checking that every string and property
    /// name in it is valid text, so that the element can always be written back.
    /// </summary>
    /// <remarks>Raw values are rare and small (unmapped properties, undocumented shapes); the typed hot path never comes here.</remarks>
    public static JsonElement ParseElement(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                // Scalars repeat (codes, counts, flags): the same bytes give back the same, already checked, element.
                return JsonElementCache.GetScalar(ref reader, ParseScalar);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
#if NET8_0_OR_GREATER
                // Text that is all ASCII and holds no escape is valid: check the parsed value's bytes at vector speed
                // and walk its tokens only when they could hold invalid text.
                var start = reader;
                var element = JsonElement.ParseValue(ref reader);
                var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
                if (!System.Text.Ascii.IsValid(raw) || raw.IndexOf((byte)'\\') >= 0)
                {
                    ValidateNested(start);
                }

                return element;
#else
                ValidateNested(reader);
                break;
#endif
        }

        return JsonElement.ParseValue(ref reader);
    }

    private static JsonElement ParseScalar(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            Validate(ref reader);
        }

        return JsonElement.ParseValue(ref reader);
    }

    // Takes the reader by value: a copy walks the value ahead, and the caller's reader has not moved.
    private static void ValidateNested(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                Validate(ref reader);
            }
        }
    }
}
