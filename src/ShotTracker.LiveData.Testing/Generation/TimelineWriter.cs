using System.Buffers;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>
/// Writes envelopes in timeline order and numbers the sequenced ones with one shared <c>seq</c> starting at 1.
/// </summary>
internal sealed class TimelineWriter
{
    private readonly List<EmulatedMessage> _messages = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private long _sequence;

    public IReadOnlyList<EmulatedMessage> Messages => _messages;

    public void Add(long offsetMs, LiveDataSource source, Action<Utf8JsonWriter> writeData)
    {
        _buffer.Clear();
        long? seq = source.IsSequenced() ? ++_sequence : null;
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

        _messages.Add(new EmulatedMessage(TimeSpan.FromMilliseconds(offsetMs), wireName, seq, _buffer.WrittenSpan.ToArray()));
    }
}
