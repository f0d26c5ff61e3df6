using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// The object and array plumbing of the hand-written payload readers: walking an object's properties (keeping the
/// unknown ones), nested objects, and arrays gathered in a pooled scratch buffer and returned exactly sized.
/// </summary>
/// <remarks>
/// Behaviour matches the generated converters, which remain the reference (a differential test holds the two
/// equal on fuzzed payloads): a repeated property is read again and the last wins; <c>null</c> reads as absent;
/// a value of the wrong JSON type is a <see cref="JsonException"/>. Errors need no exact path here: the envelope
/// reader describes a rejected payload by reading it again through the serializer.
/// </remarks>
internal static class ObjectReader
{
    /// <summary>Throws unless the reader is on a <see cref="JsonTokenType.StartObject"/>.</summary>
    public static void Start(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw PropertyReader.Mismatch(ref reader, JsonPath.Root(property), "an object");
        }
    }

    /// <summary>
    /// Moves to the next property of <paramref name="table"/> and onto its value; unknown properties on the way are
    /// kept in <paramref name="extra"/>. Returns <see langword="false"/> at the end of the object.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Next(ref Utf8JsonReader reader, PropertyTable table, ref int last, out int field, ref Dictionary<string, JsonElement>? extra)
    {
        // The hot path, inlined into each reader's loop: a plain name that the table knows.
        if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            field = table.Match(reader.ValueSpan, ref last);
            if (field >= 0)
            {
                reader.Read();
                return true;
            }
        }

        return NextSlow(ref reader, table, ref last, out field, ref extra);
    }

    /// <summary>Reads a nested object with <paramref name="read"/>; <see langword="null"/> for a JSON null.</summary>
    public static T? ReadObject<T>(ref Utf8JsonReader reader, string property, PayloadReader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Start(ref reader, property);
        return read(ref reader);
    }

    /// <summary>Reads an array whose elements <paramref name="read"/> reads; <see langword="null"/> for a JSON null.</summary>
    public static T[]? ReadArray<T>(ref Utf8JsonReader reader, string property, PayloadReader<T> read) =>
        ReadArray<T, PayloadElement<T>>(ref reader, property, new PayloadElement<T>(read));

    /// <summary>
    /// Reads an array whose elements <paramref name="element"/> reads, given each element's index (for error paths);
    /// <see langword="null"/> for a JSON null. Elements gather in a pooled scratch array, and one exactly-sized array is
    /// returned. A struct reader keeps the call free of delegates and boxing.
    /// </summary>
    public static T[]? ReadArray<T, TElement>(ref Utf8JsonReader reader, string property, TElement element)
        where TElement : struct, IArrayElementReader<T>
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw PropertyReader.Mismatch(ref reader, JsonPath.Root(property), "an array");
        }

        var scratch = ScratchArray<T>.Take();
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count == scratch.Length)
                {
                    scratch = ScratchArray<T>.Grow(scratch, count);
                }

                scratch[count] = element.Read(ref reader, count);
                count++;
            }

            if (count == 0)
            {
                return [];
            }

            var items = new T[count];
            scratch.AsSpan(0, count).CopyTo(items);
            return items;
        }
        finally
        {
            ScratchArray<T>.Return(scratch, count);
        }
    }

    /// <summary>Reads an array of ids or codes (strings or nulls), sharing the strings that repeat.</summary>
    public static string[]? ReadStrings(ref Utf8JsonReader reader, string property) =>
        ReadArray<string, RepeatedStringElement>(ref reader, property, default);

    /// <summary>Reads an array of integers; a null element is an error, as in the generated converter.</summary>
    public static long[]? ReadInt64s(ref Utf8JsonReader reader, string property) =>
        ReadArray<long, Int64Element>(ref reader, property, default);

    /// <summary>Reads an array of raw values, each checked for valid text.</summary>
    public static JsonElement[]? ReadElements(ref Utf8JsonReader reader, string property) =>
        ReadRawArray(ref reader, property, static element => element);

    /// <summary>Reads an array of raw values and makes each into a <typeparamref name="T"/> with <paramref name="map"/>.</summary>
    /// <remarks>
    /// The array is parsed once, as one document that all its elements share, rather than one document per element:
    /// the same elements, text checks and end position, at a fraction of the allocations.
    /// </remarks>
    public static T[]? ReadRawArray<T>(ref Utf8JsonReader reader, string property, Func<JsonElement, T> map)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw PropertyReader.Mismatch(ref reader, JsonPath.Root(property), "an array");
        }

        var array = JsonText.ParseElement(ref reader);
        var length = array.GetArrayLength();
        if (length == 0)
        {
            return [];
        }

        var items = new T[length];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[index++] = map(item);
        }

        return items;
    }

    /// <summary>Reads a raw value that may be of any JSON type; <see langword="null"/> for a JSON null.</summary>
    public static JsonElement? ReadElement(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonText.ParseElement(ref reader);

    // On the token after the last value: the end of the object, an escaped name, or one the table does not know.
    private static bool NextSlow(ref Utf8JsonReader reader, PropertyTable table, ref int last, out int field, ref Dictionary<string, JsonElement>? extra)
    {
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            var utf8Name = PropertyName.Get(ref reader);
            field = table.Match(utf8Name, ref last);
            if (field >= 0)
            {
                reader.Read();
                return true;
            }

            var name = UnknownName(utf8Name);
            reader.Read();
            ExtensionData.Add(ref extra, name, ref reader);
            if (!reader.Read())
            {
                break;
            }
        }

        field = -1;
        return false;
    }

    // As the generated converters name an extension property: an escape that is not text throws (PropertyName.Get),
    // bytes that are not UTF-8 become U+FFFD, so the name can always be written back.
    // Unknown names repeat in every message of a source, so they are shared as values are.
    private static string UnknownName(ReadOnlySpan<byte> utf8Name) =>
        Utf8StringCache.TryGet(utf8Name, out var name) ? name : DecodeName(utf8Name);

    private static string DecodeName(ReadOnlySpan<byte> utf8Name)
    {
#if NET
        return System.Text.Encoding.UTF8.GetString(utf8Name);
#else
        return System.Text.Encoding.UTF8.GetString(utf8Name.ToArray());
#endif
    }

    /// <summary>
    /// An id or code of an array: strings that repeat are shared. A null element is kept as the generated converter
    /// keeps it, although the list's type says no element is null.
    /// </summary>
    private readonly struct RepeatedStringElement : IArrayElementReader<string>
    {
        public string Read(ref Utf8JsonReader reader, int index) => PropertyReader.ReadRepeatedString(ref reader, JsonPath.Root("[]"))!;
    }

    /// <summary>An integer of an array; a null element is an error, as in the generated converter.</summary>
    private readonly struct Int64Element : IArrayElementReader<long>
    {
        public long Read(ref Utf8JsonReader reader, int index) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : TolerantNumber.ReadIntegral(ref reader);
    }

    /// <summary>Adapts a <see cref="PayloadReader{T}"/>, which needs no index, to the array loop.</summary>
    private readonly struct PayloadElement<T>(PayloadReader<T> read) : IArrayElementReader<T>
    {
        public T Read(ref Utf8JsonReader reader, int index) => read(ref reader);
    }
}
