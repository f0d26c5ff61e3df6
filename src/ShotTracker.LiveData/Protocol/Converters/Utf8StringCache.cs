using System.Buffers.Binary;
using System.Text;

namespace ShotTracker.LiveData.Protocol.Converters;

/// <summary>
/// Reuses the string for UTF-8 values that repeat message after message (ids of games, sessions, teams, players,
/// courts and balls; periods, states and codes), so the hot path allocates them once per thread instead of once
/// per message.
/// </summary>
/// <remarks>
/// A small per-thread two-way set-associative table keyed by a hash of the bytes: no locking, bounded memory, and a
/// lookup costs one hash of a short value and one or two compares. A hit in the second way moves the entry to the
/// first; a miss puts the new entry first and keeps the previous first one. Two ways make it unlikely that the two
/// dozen values of one message evict each other.
/// </remarks>
internal static class Utf8StringCache
{
    private const int Sets = 256;
    private const int MaxCachedLength = 64;

    // Throws DecoderFallbackException on invalid UTF-8 instead of inventing U+FFFD: the reader reports it as invalid text.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Entry[]? t_entries;

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Decode(utf8);
        }

        var entries = t_entries ??= new Entry[Sets * 2];
        var set = (Hash(utf8) & (Sets - 1)) * 2;
        ref var first = ref entries[set];
        if (first.Utf8 is { } cached && utf8.SequenceEqual(cached))
        {
            return first.Value!;
        }

        ref var second = ref entries[set + 1];
        if (second.Utf8 is { } older && utf8.SequenceEqual(older))
        {
            (first, second) = (second, first);
            return first.Value!;
        }

        var value = Decode(utf8);
        second = first;
        first = new Entry(utf8.ToArray(), value);
        return value;
    }

    private static string Decode(ReadOnlySpan<byte> utf8)
    {
#if NET
        return Strict.GetString(utf8);
#else
        return Strict.GetString(utf8.ToArray());
#endif
    }

    // Length, first and last eight bytes: values are short ids and codes, and hashing every byte would cost more than
    // the compare it saves. Values that differ only in the middle of a long value share a set and may evict each other.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        ulong hash;
        if (utf8.Length >= 8)
        {
            hash = BinaryPrimitives.ReadUInt64LittleEndian(utf8) ^ (BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(utf8.Length - 8)) * 0x9E3779B97F4A7C15UL);
        }
        else
        {
            hash = 0;
            foreach (var b in utf8)
            {
                hash = (hash << 8) | b;
            }
        }

        hash = (hash ^ (ulong)utf8.Length) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(hash >> 40);
    }

    private readonly struct Entry(byte[] utf8, string value)
    {
        public byte[]? Utf8 { get; } = utf8;

        public string? Value { get; } = value;
    }
}
