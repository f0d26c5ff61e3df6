using System.Buffers.Text;
using System.Text;

namespace ShotTracker.LiveData.EndToEnd.Feed;

/// <summary>
/// A message serialized once, with slots for the two values that change per message: the sequence number and the
/// send stamp. Filling the slots is a copy and two integer formats, so the server's cost per message stays tiny.
/// </summary>
internal sealed class FrameTemplate
{
    /// <summary>The placeholder replaced by the message's sequence number.</summary>
    public const string SequenceSlot = "{SEQ}";

    /// <summary>The placeholder replaced by the send stamp (<see cref="System.Diagnostics.Stopwatch"/> ticks).</summary>
    public const string StampSlot = "{STAMP}";

    private readonly byte[][] _parts;
    private readonly bool[] _slotIsStamp;

    private FrameTemplate(byte[][] parts, bool[] slotIsStamp)
    {
        _parts = parts;
        _slotIsStamp = slotIsStamp;
        MaxLength = parts.Sum(p => p.Length) + (slotIsStamp.Length * 20);
    }

    /// <summary>Gets the longest frame this template can write.</summary>
    public int MaxLength { get; }

    /// <summary>Splits <paramref name="text"/> at its placeholders.</summary>
    public static FrameTemplate Parse(string text)
    {
        var parts = new List<byte[]>();
        var slots = new List<bool>();
        var rest = text.AsSpan();
        while (true)
        {
            var seq = rest.IndexOf(SequenceSlot, StringComparison.Ordinal);
            var stamp = rest.IndexOf(StampSlot, StringComparison.Ordinal);
            if (seq < 0 && stamp < 0)
            {
                parts.Add(Encoding.UTF8.GetBytes(rest.ToString()));
                return new FrameTemplate([.. parts], [.. slots]);
            }

            var isStamp = seq < 0 || (stamp >= 0 && stamp < seq);
            var at = isStamp ? stamp : seq;
            parts.Add(Encoding.UTF8.GetBytes(rest[..at].ToString()));
            slots.Add(isStamp);
            rest = rest[(at + (isStamp ? StampSlot.Length : SequenceSlot.Length))..];
        }
    }

    /// <summary>Writes one frame; returns its length.</summary>
    public int Write(Span<byte> destination, long sequence, long stamp)
    {
        var written = 0;
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i].CopyTo(destination[written..]);
            written += _parts[i].Length;
            if (i < _slotIsStamp.Length)
            {
                Utf8Formatter.TryFormat(_slotIsStamp[i] ? stamp : sequence, destination[written..], out var n);
                written += n;
            }
        }

        return written;
    }
}
