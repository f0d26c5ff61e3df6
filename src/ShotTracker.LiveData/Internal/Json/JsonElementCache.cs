using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reuses the <see cref="JsonElement"/> of a raw scalar (a string, number, <c>true</c>, <c>false</c> or <c>null</c>) that
/// repeats message after message, such as an unmapped <c>"passes":4</c> or <c>"turnover":false</c>: each parse of one
/// would otherwise be a <see cref="JsonDocument"/> of its own.
/// </summary>
/// <remarks>
/// An element of a document made by <see cref="JsonElement.ParseValue"/> is immutable, owns a copy of its bytes and
/// may be read from any thread, so handing the same one out again is indistinguishable from parsing it again. The
/// table is per thread, two-way set-associative and keyed by the token type and the raw bytes (escapes included),
/// as <see cref="Utf8StringCache"/>.
/// </remarks>
internal static class JsonElementCache
{
    private const int Sets = 64;
    private const int MaxCachedLength = 64;

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>
    /// Gets the element of the scalar at the reader, parsing it on a miss with <paramref name="parse"/> (which checks
    /// its text and may throw). The reader stays on the token.
    /// </summary>
    public static JsonElement GetScalar(ref Utf8JsonReader reader, ScalarParser parse)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxCachedLength)
        {
            return parse(ref reader);
        }

        var raw = reader.ValueSpan;
        var key = Utf8Key.Of(raw);
        var kind = reader.TokenType;
        var entries = t_entries ??= new Entry[Sets * 2];
        var set = ((key.Hash ^ (int)kind) & (Sets - 1)) * 2;
        ref var first = ref entries[set];
        if (first.Matches(kind, key, raw))
        {
            return first.Element;
        }

        ref var second = ref entries[set + 1];
        if (second.Matches(kind, key, raw))
        {
            (first, second) = (second, first);
            return first.Element;
        }

        var element = parse(ref reader);
        second = first;
        first = new Entry(kind, key, raw.Length > Utf8Key.ExactLength ? raw.ToArray() : null, element);
        return element;
    }

    /// <summary>Parses the scalar at the reader.</summary>
    internal delegate JsonElement ScalarParser(ref Utf8JsonReader reader);

    private readonly struct Entry(JsonTokenType kind, Utf8Key key, byte[]? raw, JsonElement element)
    {
        private readonly JsonTokenType _kind = kind;
        private readonly Utf8Key _key = key;

        // Only values longer than their key can tell apart keep their bytes.
        private readonly byte[]? _raw = raw;

        public JsonElement Element { get; } = element;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Matches(JsonTokenType kind, Utf8Key key, ReadOnlySpan<byte> raw) =>
            _kind == kind && _kind != JsonTokenType.None && _key.Equals(key) && (_raw is null || raw.SequenceEqual(_raw));
    }
}
