namespace ShotTracker.LiveData.Redis.Streams;

/// <summary>
/// Writes one non-sequenced frame atomically, so two relays of a game never write the same frame twice.
/// </summary>
/// <remarks>
/// <para>The rule, in order:</para>
/// <list type="number">
/// <item>A relay that is behind writes no frame: when the <c>seq</c> stream holds a later sequence than the relay has
/// handed to Redis itself, or the end-of-game marker, the frame is stale and nothing is written. Whoever wrote that
/// later entry received every frame sent before it and wrote it, so nothing is lost; but a relay that was frozen (a
/// pause, SIGSTOP, a slow host) receives old frames late, and a clock frame, whose time is its receive time, would
/// otherwise be written again once its hash has left the duplicate window, and a consumer's clock would go back.</item>
/// <item>A frame whose content hash is in the stream's <c>:seen</c> set (the frames written in the duplicate window
/// before the stream's newest entry, the newest always among them) is a duplicate: nothing is written.</item>
/// <item>Otherwise it is added with the id <c>{T}-*</c>, where <c>T</c> is the frame's time in milliseconds (the
/// payload's timestamp, else the time the relay received it): Redis numbers frames of the same millisecond
/// <c>T-0</c>, <c>T-1</c>… in the order they arrive. A frame older than the stream's newest entry is refused by Redis
/// ("equal or smaller than the target stream top item"): it is stale, superseded by a newer frame a consumer already
/// has, and is not written.</item>
/// <item>The hash is recorded with the score <c>T</c>, and hashes older than <c>T</c> minus the window are removed.</item>
/// </list>
/// <para>KEYS: stream, seen set, the game's <c>seq</c> stream. ARGV: hash, T, max length (<c>MAXLEN ~</c>), window in
/// ms, message, received at, the highest sequence the relay has handed to Redis (-1 for none). Returns 0 for a
/// duplicate, 1 for a stale frame, 2 when written.</para>
/// </remarks>
internal static class LatestFrameScript
{
    public const long Duplicate = 0;
    public const long Stale = 1;
    public const long Written = 2;

    public const string Source = """
        local top = redis.call('XREVRANGE', KEYS[3], '+', '-', 'COUNT', 1)[1]
        if top then
          local dash = string.find(top[1], '-', 1, true)
          local seq = tonumber(string.sub(top[1], 1, dash - 1))
          local confirmed = tonumber(ARGV[7])
          if seq > confirmed or (seq == confirmed and string.sub(top[1], dash + 1) == '2') then
            return 1
          end
        end
        if redis.call('ZSCORE', KEYS[2], ARGV[1]) then
          return 0
        end
        local added = redis.pcall('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], ARGV[2] .. '-*', 'm', ARGV[5], 'r', ARGV[6])
        if type(added) == 'table' and added.err then
          if string.find(added.err, 'equal or smaller', 1, true) then
            return 1
          end
          return added
        end
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (tonumber(ARGV[2]) - tonumber(ARGV[4])))
        return 2
        """;
}
