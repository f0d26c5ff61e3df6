using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Redis;

/// <summary>
/// The recorder set on the relay's Live Data configuration. The relay's own recorder hands it each message after Redis
/// acknowledged the write, so it counts what was written (messages and payload bytes) and, given a meter, when each
/// message was in Redis, measured from its send stamp (a blast server's feed: every message is of the metered source).
/// </summary>
internal sealed class RelayProbe(MessageMeter? meter = null) : ILiveDataMessageRecorder
{
    private long _messages;
    private long _bytes;

    /// <summary>Gets the number of messages the relay wrote (or found already written).</summary>
    public long Messages => Interlocked.Read(ref _messages);

    /// <summary>Gets the payload bytes of those messages, as received (the entries' fields and ids not counted).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _messages);
        Interlocked.Add(ref _bytes, utf8Message.Length);

        // The relay's client calls its recorder one message at a time, so the meter needs no lock.
        meter?.OnMessage(FeedSource.StampOf(utf8Message.Span));

        return Task.CompletedTask;
    }
}
