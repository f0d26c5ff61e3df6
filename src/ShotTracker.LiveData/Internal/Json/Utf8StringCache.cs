using System.Runtime.CompilerServices;
using System.Text;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Reuses the string for UTF-8 values that repeat message after message (ids of games, sessions, teams, players,
/// courts and balls; periods, states and codes), so the hot path allocates them once per thread instead of once
/// per message.
/// </summary>
/// <remarks>
/// A small per-thread two-way set-associative table keyed by a hash of the bytes: no locking, bounded memory, and a
/// lookup costs one hash of a short value and one or two compares. A hit in the second way moves the entry to the
/// first; a miss puts the new entry first and keeps the previous first one. Two ways make it unlikely that the two
/// dozen values of one message evict each other. Values of up to 16 bytes (most ids and codes) are compared by their
/// <see cref="Utf8Key"/> alone.
/// </remarks>
internal static class Utf8StringCache
{
    private const int Sets = 256;
    private const int MaxCachedLength = 64;

    // Throws DecoderFallbackException on invalid UTF-8 instead of inventing U+FFFD: the reader reports it as invalid text.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>Returns the string of <paramref name="utf8"/>, shared with earlier calls on this thread.</summary>
    /// <exception cref="DecoderFallbackException"><paramref name="utf8"/> is not valid UTF-8.</exception>
    public static string Get(ReadOnlySpan<byte> utf8) =>
        TryGet(utf8, out var value) ? value : throw new DecoderFallbackException("The bytes are not valid UTF-8.");

    /// <summary>
    /// Gets the string of <paramref name="utf8"/>, shared with earlier calls on this thread; <see langword="false"/>
    /// when the bytes are not valid UTF-8 (no exception, so the hot caller needs no handler).
    /// </summary>
    public static bool TryGet(ReadOnlySpan<byte> utf8, out string value)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return TryDecode(utf8, out value);
        }

        var key = Utf8Key.Of(utf8);
        var entries = t_entries ??= new Entry[Sets * 2];
        var set = (key.Hash & (Sets - 1)) * 2;
        ref var first = ref entries[set];
        if (first.Matches(key, utf8))
        {
            value = first.Value!;
            return true;
        }

        ref var second = ref entries[set + 1];
        if (second.Matches(key, utf8))
        {
            (first, second) = (second, first);
            value = first.Value!;
            return true;
        }

        return Add(ref first, ref second, key, utf8, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Add(ref Entry first, ref Entry second, Utf8Key key, ReadOnlySpan<byte> utf8, out string value)
    {
        if (!TryDecode(utf8, out value))
        {
            return false;
        }

        second = first;
        first = new Entry(key, utf8.Length > Utf8Key.ExactLength ? utf8.ToArray() : null, value);
        return true;
    }

    private static bool TryDecode(ReadOnlySpan<byte> utf8, out string value)
    {
        try
        {
#if NET
            value = Strict.GetString(utf8);
#else
            value = Strict.GetString(utf8.ToArray());
#endif
            return true;
        }
        catch (DecoderFallbackException)
        {
            value = null!;
            return false;
        }
    }

    private readonly struct Entry(Utf8Key key, byte[]? utf8, string value)
    {
        private readonly Utf8Key _key = key;

        // Only values longer than their key can tell apart keep their bytes.
        private readonly byte[]? _utf8 = utf8;

        public string? Value { get; } = value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Matches(Utf8Key key, ReadOnlySpan<byte> utf8) =>
            Value is not null && _key.Equals(key) && (_utf8 is null || utf8.SequenceEqual(_utf8));
    }
}
