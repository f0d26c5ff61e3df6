using ShotTracker.LiveData.Redis.Streams;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Reading;

/// <summary>Turns Redis' stream replies into <see cref="RedisStreamEntry"/>s, and merges the streams of one read.</summary>
internal static class StreamReply
{
    /// <summary>Reads an entry of an XRANGE/XREVRANGE reply.</summary>
    public static RedisStreamEntry ToEntry(string stream, StreamEntry entry) =>
        Create(stream, entry.Id.ToString(), entry[EntryFields.Message], entry[EntryFields.ReceivedAt], !entry[EntryFields.End].IsNull);

    /// <summary>
    /// Reads an <c>XREAD</c> reply (<c>[[key, [[id, [field, value, …]], …]], …]</c>, or nil when the block timed out)
    /// into one list per stream, in <paramref name="streamNames"/> order.
    /// </summary>
    public static List<List<RedisStreamEntry>> Parse(RedisResult reply, IReadOnlyList<string> streamNames, RedisGameKeys keys)
    {
        var lists = streamNames.Select(_ => new List<RedisStreamEntry>()).ToList();
        if (reply.IsNull || reply.Resp2Type != ResultType.Array)
        {
            return lists;
        }

        foreach (var (key, items) in Streams((RedisResult[])reply!))
        {
            var index = IndexOf(key, streamNames, keys);
            if (index < 0)
            {
                continue;
            }

            foreach (var item in items)
            {
                var parts = (RedisResult[])item!;
                var fields = (RedisResult[])parts[1]!;
                RedisValue message = RedisValue.Null, receivedAt = RedisValue.Null;
                var end = false;
                for (var i = 0; i + 1 < fields.Length; i += 2)
                {
                    var name = (string?)fields[i];
                    if (name == EntryFields.Message)
                    {
                        message = (RedisValue)fields[i + 1];
                    }
                    else if (name == EntryFields.ReceivedAt)
                    {
                        receivedAt = (RedisValue)fields[i + 1];
                    }
                    else if (name == EntryFields.End)
                    {
                        end = true;
                    }
                }

                lists[index].Add(Create(streamNames[index], (string)parts[0]!, message, receivedAt, end));
            }
        }

        return lists;
    }

    /// <summary>
    /// Yields the entries of several streams by receive time, each stream's own order kept (two relays' clocks may
    /// disagree, so a later seq may carry an earlier time: it still comes after the one before it).
    /// </summary>
    public static IEnumerable<RedisStreamEntry> MergeByReceiveTime(List<List<RedisStreamEntry>> streams)
    {
        var next = new int[streams.Count];
        while (true)
        {
            var pick = -1;
            for (var i = 0; i < streams.Count; i++)
            {
                if (next[i] < streams[i].Count
                    && (pick < 0 || (streams[i][next[i]].ReceivedAt ?? DateTimeOffset.MinValue) < (streams[pick][next[pick]].ReceivedAt ?? DateTimeOffset.MinValue)))
                {
                    pick = i;
                }
            }

            if (pick < 0)
            {
                yield break;
            }

            yield return streams[pick][next[pick]++];
        }
    }

    /// <summary>The (key, entries) pairs of a reply: RESP2 nests each pair in an array, RESP3 sends a map (flat key, value).</summary>
    private static IEnumerable<(string Key, RedisResult[] Entries)> Streams(RedisResult[] reply)
    {
        if (reply.Length > 0 && reply[0].Resp2Type != ResultType.Array)
        {
            for (var i = 0; i + 1 < reply.Length; i += 2)
            {
                yield return ((string)reply[i]!, (RedisResult[])reply[i + 1]!);
            }

            yield break;
        }

        foreach (var stream in reply)
        {
            var pair = (RedisResult[])stream!;
            yield return ((string)pair[0]!, (RedisResult[])pair[1]!);
        }
    }

    private static int IndexOf(string key, IReadOnlyList<string> streamNames, RedisGameKeys keys)
    {
        for (var i = 0; i < streamNames.Count; i++)
        {
            var name = streamNames[i];
            var streamKey = name == RedisGameReader.SequencedStreamName ? keys.Sequenced : keys.Latest(name);
            if (key == (string?)streamKey)
            {
                return i;
            }
        }

        return -1;
    }

    private static RedisStreamEntry Create(string stream, string id, RedisValue message, RedisValue receivedAt, bool end)
    {

        var sequence = stream == RedisGameReader.SequencedStreamName && id.EndsWith("-1", StringComparison.Ordinal) ? SequenceEntryId.Parse(id) : null;
        DateTimeOffset? at = receivedAt.TryParse(out long milliseconds) ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
        var bytes = message.IsNull ? ReadOnlyMemory<byte>.Empty : (ReadOnlyMemory<byte>)(byte[])message!;
        if (end && stream == RedisGameReader.SequencedStreamName)
        {
            return new RedisStreamEntry(stream, id, null, ReadOnlyMemory<byte>.Empty, at, IsEnd: true);
        }

        return new RedisStreamEntry(stream, id, sequence, bytes, message.IsNull ? null : at);
    }
}
