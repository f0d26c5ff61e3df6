using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>
/// Up to 16 bytes of UTF-8 as two integers and a length: for values of at most 16 bytes, two keys are equal exactly
/// when the bytes are, so a lookup compares three integers instead of calling a span compare. Longer values keep their
/// first and last eight bytes, a hash that the caller confirms with a compare of the bytes.
/// </summary>
internal readonly struct Utf8Key : IEquatable<Utf8Key>
{
    /// <summary>The longest value whose key alone decides equality.</summary>
    public const int ExactLength = 16;

    private readonly ulong _head;
    private readonly ulong _tail;
    private readonly int _length;

    private Utf8Key(ulong head, ulong tail, int length)
    {
        _head = head;
        _tail = tail;
        _length = length;
    }

    /// <summary>Makes the key of <paramref name="utf8"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Utf8Key Of(ReadOnlySpan<byte> utf8)
    {
        var length = utf8.Length;
        if (length >= 8)
        {
            // Overlapping reads: bytes 0-7 and the last eight cover every byte of a value of 8 to 16 bytes.
            return new(BinaryPrimitives.ReadUInt64LittleEndian(utf8), BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(length - 8)), length);
        }

        if (length >= 4)
        {
            return new(BinaryPrimitives.ReadUInt32LittleEndian(utf8) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(utf8.Slice(length - 4)) << 32), 0, length);
        }

        // Bytes 0, length/2 and length-1 are every byte of a value of one to three bytes.
        return length == 0 ? default : new(utf8[0] | ((ulong)utf8[length >> 1] << 8) | ((ulong)utf8[length - 1] << 16), 0, length);
    }

    /// <summary>Gets a hash of the key, spread over its upper bits.</summary>
    public int Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(((_head ^ (_tail * 0x9E3779B97F4A7C15UL) ^ (ulong)_length) * 0xC2B2AE3D27D4EB4FUL) >> 40);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(Utf8Key other) => _head == other._head && _tail == other._tail && _length == other._length;

    public override bool Equals(object? obj) => obj is Utf8Key other && Equals(other);

    public override int GetHashCode() => Hash;
}
