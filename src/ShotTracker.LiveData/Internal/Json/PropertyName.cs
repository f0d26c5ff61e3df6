using System.Buffers;
using System.Text.Json;

namespace ShotTracker.LiveData.Internal.Json;

/// <summary>Gets the current property name as UTF-8 bytes, without allocating unless it is escaped.</summary>
/// <remarks>
/// Unescapes as the serializer does when it looks a name up: an escape that is not text (<c>"\ud800"</c>) throws
/// <see cref="InvalidJsonTextException"/>, while the raw bytes around escapes are not checked, so that names that are
/// not UTF-8 are treated alike whether or not they hold an escape (the extension name then decodes with U+FFFD).
/// </remarks>
internal static class PropertyName
{
    /// <summary>Returns the unescaped name of the <see cref="JsonTokenType.PropertyName"/> token.</summary>
    public static ReadOnlySpan<byte> Get(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return reader.ValueIsEscaped ? Unescape(raw, reader.TokenStartIndex) : raw;
    }

    // Escaped names ("\u0078") are legal but never seen in practice: unescaping into a fresh array is fine. The reader
    // has checked the grammar, so every backslash starts a complete escape.
    private static byte[] Unescape(ReadOnlySpan<byte> raw, long position)
    {
        // Every escape is at least as long as the UTF-8 it stands for.
        var output = new byte[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length;)
        {
            if (raw[i] != (byte)'\\')
            {
                output[length++] = raw[i++];
                continue;
            }

            var kind = raw[i + 1];
            i += 2;
            if (kind != (byte)'u')
            {
                output[length++] = kind switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => kind,
                };
                continue;
            }

            var scalar = Hex(raw.Slice(i, 4));
            i += 4;
            if (scalar is >= 0xD800 and <= 0xDFFF)
            {
                var low = i + 6 <= raw.Length && raw[i] == (byte)'\\' && raw[i + 1] == (byte)'u' ? Hex(raw.Slice(i + 2, 4)) : -1;
                if (scalar >= 0xDC00 || low is < 0xDC00 or > 0xDFFF)
                {
                    throw new InvalidJsonTextException("The property name holds a lone or reversed surrogate escape.", position, null);
                }

                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }

            length += Encode(scalar, output.AsSpan(length));
        }

        return output.AsSpan(0, length).ToArray();
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            value = (value << 4) | (d <= (byte)'9' ? d - '0' : (d | 0x20) - 'a' + 10);
        }

        return value;
    }

    private static int Encode(int scalar, Span<byte> output)
    {
        switch (scalar)
        {
            case < 0x80:
                output[0] = (byte)scalar;
                return 1;
            case < 0x800:
                output[0] = (byte)(0xC0 | (scalar >> 6));
                output[1] = (byte)(0x80 | (scalar & 0x3F));
                return 2;
            case < 0x10000:
                output[0] = (byte)(0xE0 | (scalar >> 12));
                output[1] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                output[2] = (byte)(0x80 | (scalar & 0x3F));
                return 3;
            default:
                output[0] = (byte)(0xF0 | (scalar >> 18));
                output[1] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                output[2] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                output[3] = (byte)(0x80 | (scalar & 0x3F));
                return 4;
        }
    }
}
