using System.Buffers;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>
/// Writes envelopes in timeline order and numbers the sequenced ones with one shared <c>seq</c> starting at 1. A
/// message written now but sent later (a lagging summary) waits until the timeline reaches its offset.
/// </summary>
internal sealed class TimelineWriter
{
    private readonly List<EmulatedMessage> _messages = [];
    private readonly Queue<EmulatedMessage> _held = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private long _sequence;

    public IReadOnlyList<EmulatedMessage> Messages => _messages;

    public void Add(long offsetMs, LiveDataSource source, Action<Utf8JsonWriter> writeData)
    {
        Release(offsetMs);
        long? seq = source.IsSequenced() ? ++_sequence : null;
        _messages.Add(Render(offsetMs, source, seq, writeData));
    }

    /// <summary>Writes a non-sequenced message from the state as it is now, to be sent <paramref name="delayMs"/> later.</summary>
    public void AddDelayed(long offsetMs, long delayMs, LiveDataSource source, Action<Utf8JsonWriter> writeData)
    {
        if (source.IsSequenced())
        {
            throw new ArgumentException("A sequenced message cannot be sent out of order.", nameof(source));
        }

        Release(offsetMs);
        _held.Enqueue(Render(offsetMs + delayMs, source, null, writeData));
    }

    /// <summary>Sends every message still held: the game is over.</summary>
    public void Flush() => Release(long.MaxValue);

    private void Release(long offsetMs)
    {
        while (_held.Count > 0 && _held.Peek().Offset.TotalMilliseconds <= offsetMs)
        {
            _messages.Add(_held.Dequeue());
        }
    }

    private EmulatedMessage Render(long offsetMs, LiveDataSource source, long? seq, Action<Utf8JsonWriter> writeData)
    {
        _buffer.Clear();
        var wireName = source.ToWireName();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "data"u8);
            writer.WriteString("source"u8, wireName);
            if (seq is { } s)
            {
                writer.WriteNumber("seq"u8, s);
            }

            writer.WritePropertyName("data"u8);
            writer.WriteStartObject();
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new EmulatedMessage(TimeSpan.FromMilliseconds(offsetMs), wireName, seq, _buffer.WrittenSpan.ToArray());
    }
}
