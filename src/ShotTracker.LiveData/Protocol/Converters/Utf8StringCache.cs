namespace ShotTracker.LiveData.Protocol.Converters;

/// <summary>
/// Reuses the string for UTF-8 values that repeat message after message (ids of the facility, court, session
/// and ball; periods), so the hot path allocates them once per thread instead of once per frame.
/// </summary>
/// <remarks>A small per-thread round-robin table: no locking, bounded memory, and a miss costs one compare.</remarks>
internal static class Utf8StringCache
{
    private const int Slots = 8;
    private const int MaxCachedLength = 64;

    // Throws DecoderFallbackException on invalid UTF-8 instead of inventing U+FFFD: the reader reports it as invalid text.
    private static readonly System.Text.UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static int t_next;

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Strict.GetString(utf8.ToArray());
        }

        var entries = t_entries ??= new Entry[Slots];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Utf8 is not null && utf8.SequenceEqual(entry.Utf8))
            {
                return entry.Value!;
            }
        }

        var bytes = utf8.ToArray();
        var value = Strict.GetString(bytes);
        entries[t_next] = new Entry(bytes, value);
        t_next = (t_next + 1) % Slots;
        return value;
    }

    private readonly struct Entry(byte[] utf8, string value)
    {
        public byte[]? Utf8 { get; } = utf8;

        public string? Value { get; } = value;
    }
}
