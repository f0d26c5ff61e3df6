using System.Buffers;
using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// One message on its way to Redis: a copy in a pooled buffer (the client's memory is only valid during the recorder's
/// call), its receive time and what the relay reads from it.
/// </summary>
internal sealed class RelayWrite
{
    private byte[]? _buffer;
    private readonly int _length;
    private bool _attemptFailed;

    private RelayWrite(byte[] buffer, int length, DateTimeOffset receivedAt, RelayEnvelope envelope)
    {
        _buffer = buffer;
        _length = length;
        ReceivedAt = receivedAt;
        Envelope = envelope;
    }

    /// <summary>Gets the message's seq, source and timestamp.</summary>
    public RelayEnvelope Envelope { get; }

    /// <summary>Gets when the client received the message.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Gets the message; valid until <see cref="Release"/>.</summary>
    public ReadOnlyMemory<byte> Message => new(_buffer ?? throw new ObjectDisposedException(nameof(RelayWrite)), 0, _length);

    /// <summary>Copies <paramref name="message"/> into a pooled buffer.</summary>
    public static RelayWrite Copy(ReadOnlyMemory<byte> message, DateTimeOffset receivedAt)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(message.Length);
        message.Span.CopyTo(buffer);
        return new RelayWrite(buffer, message.Length, receivedAt, RelayEnvelope.Read(message.Span));
    }

    /// <summary>Notes that an attempt failed: the multiplexer may still hold it and send the buffer later.</summary>
    public void AttemptFailed() => _attemptFailed = true;

    /// <summary>
    /// Gives the buffer back to the pool, unless an attempt failed: a timed-out command may still be queued in the
    /// multiplexer, and a reused buffer would then send someone else's bytes. That buffer is left to the collector.
    /// </summary>
    public void Release()
    {
        var buffer = _buffer;
        _buffer = null;
        if (buffer is not null && !_attemptFailed)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
