namespace ShotTracker.LiveData.Redis.Reading;

/// <summary>One entry read back from a game's streams.</summary>
/// <param name="Stream">The stream's name: <c>seq</c>, <c>location</c>, <c>clock</c>, <c>broadcastsummary</c> or <c>other</c>.</param>
/// <param name="Id">The entry id.</param>
/// <param name="Sequence">For the <c>seq</c> stream, the sequence the id carries; otherwise <see langword="null"/>.</param>
/// <param name="Message">The message exactly as the relay received it; empty when the entry is not the relay's.</param>
/// <param name="ReceivedAt">When the relay received it; <see langword="null"/> when the entry is not the relay's.</param>
/// <param name="IsEnd">Whether it is the relay's end-of-game marker in the <c>seq</c> stream (no message).</param>
/// <remarks>
/// An entry someone else added to a game's stream (no <c>m</c> or <c>r</c> field, or an id that is no sequence) is
/// still yielded, in order, with <see cref="IsRelayEntry"/> false, so a client can surface it as an unreadable
/// message and go on.
/// </remarks>
internal sealed record RedisStreamEntry(string Stream, string Id, long? Sequence, ReadOnlyMemory<byte> Message, DateTimeOffset? ReceivedAt, bool IsEnd = false)
{
    /// <summary>Gets whether the entry has the relay's shape: a message, its receive time, and in <c>seq</c> a sequence id.</summary>
    public bool IsRelayEntry => ReceivedAt is not null && (Stream != RedisGameReader.SequencedStreamName || Sequence is not null);
}
