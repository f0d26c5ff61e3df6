namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// Assembles the frames of one WebSocket message in one reused buffer for the raw-socket floors, growing it when a
/// message does not fit: the caller receives into <see cref="Free"/> and reports each read to <see cref="Advance"/>,
/// with no task or copy of its own per message.
/// </summary>
internal sealed class MessageAssembler(int initialSize)
{
    private byte[] _buffer = new byte[initialSize];
    private int _length;
    private int _complete;

    /// <summary>Gets the room left for the next read.</summary>
    public Memory<byte> Free => _buffer.AsMemory(_length);

    /// <summary>Gets the message completed by the last <see cref="Advance"/> that returned <see langword="true"/>.</summary>
    public ReadOnlySpan<byte> Message => _buffer.AsSpan(0, _complete);

    /// <summary>Books <paramref name="count"/> bytes read; returns <see langword="true"/> when they end a message.</summary>
    public bool Advance(int count, bool endOfMessage)
    {
        _length += count;
        if (endOfMessage)
        {
            _complete = _length;
            _length = 0;
            return true;
        }

        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        return false;
    }
}
