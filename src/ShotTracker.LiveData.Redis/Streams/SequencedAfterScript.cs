namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>
/// Adds a sequenced message only if Redis already holds the sequenced message written before it: what keeps a
/// pipeline of writes from leaving a hole when one of them fails and a later one reaches Redis.
/// </summary>
/// <remarks>
/// <para>
/// The relay keeps several writes in flight on one connection. Redis runs them in order, but a failed write (the
/// connection dropped after it was sent) may be followed by a later one that the multiplexer queued and sends after it
/// reconnects; a plain <c>XADD</c> of that later seq would succeed, and the retried earlier seq would then be refused as
/// "equal or smaller than the top item": lost. So a write made while an earlier sequenced write is still unconfirmed
/// carries that write's seq and is added only if the stream's newest entry is at or above it.
/// </para>
/// <para>
/// Keys: the sequenced stream. Arguments: the entry id, the seq, the previous seq, the message, the receive time (ms).
/// Returns <see cref="Duplicate"/> when the stream's newest entry is at or above the seq (as <c>XADD</c> would refuse
/// it), <see cref="PredecessorMissing"/> when it is below the previous seq, else adds the entry and returns
/// <see cref="Written"/>.
/// </para>
/// </remarks>
internal static class SequencedAfterScript
{
    /// <summary>The seq is already in the stream (or a later one).</summary>
    public const long Duplicate = 0;

    /// <summary>The previous seq is not in the stream: nothing was written.</summary>
    public const long PredecessorMissing = 1;

    /// <summary>The entry was added.</summary>
    public const long Written = 2;

    /// <summary>The script.</summary>
    public const string Source = """
        local top = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
        local newest = -1
        if #top > 0 then
          newest = tonumber(string.match(top[1][1], '^(%d+)'))
        end
        if newest >= tonumber(ARGV[2]) then
          return 0
        end
        if newest < tonumber(ARGV[3]) then
          return 1
        end
        redis.call('XADD', KEYS[1], ARGV[1], 'm', ARGV[4], 'r', ARGV[5])
        return 2
        """;
}
