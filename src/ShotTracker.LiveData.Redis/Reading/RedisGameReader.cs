using System.Globalization;
using System.Runtime.CompilerServices;
using ShotTracker.LiveData.Redis.Relay;
using ShotTracker.LiveData.Redis.Streams;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Reading;

/// <summary>
/// Reads one game's streams back, the source a Redis-backed <see cref="ILiveDataClient"/> wraps: every sequenced
/// message after a <c>last_seq</c>, in order and once, and the non-sequenced frames as they are written, each as the
/// raw bytes and receive time the relay stored.
/// </summary>
/// <remarks>
/// <para>
/// It waits for new entries with <c>XREAD BLOCK</c>, which holds its connection for up to
/// <see cref="ReaderSettings.BlockTime"/>: give it a multiplexer of its own (a StackExchange.Redis multiplexer runs
/// every command of a connection in order, so a blocked read would delay all others).
/// </para>
/// <para>
/// A late joiner (<c>latestFirst</c>) is given the newest entry of each non-sequenced stream (broadcastsummary,
/// clock, location) first when it is caught up on the sequenced messages, else where the entry's receive time falls
/// among the sequenced messages it catches up on (at the latest with the last of them); then everything after. Entries of one read are merged by receive time, each stream's own order
/// kept, so the <c>seq</c> stream is always yielded in sequence order. A failed read is retried with backoff from the
/// same positions: a Redis restart loses nothing.
/// </para>
/// <para>
/// <c>progress</c>, when given, is told of every read that succeeded or failed: what a client's connection state
/// follows.
/// </para>
/// </remarks>
internal sealed class RedisGameReader(IConnectionMultiplexer connection, RedisGameKeys keys, ReaderSettings settings, IReadProgress? progress = null)
{
    public const string SequencedStreamName = "seq";

    private static readonly string[] StreamNames = [SequencedStreamName, .. RedisGameKeys.LatestStreamNames, RedisGameKeys.OtherStreamName];

    /// <summary>Reads the game's entries from <paramref name="lastSequence"/> on until cancelled.</summary>
    /// <param name="lastSequence">The sequence to read after; <see langword="null"/> for the start of the game.</param>
    /// <param name="latestFirst">Whether to yield the newest entry of each non-sequenced stream first (a late joiner).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public IAsyncEnumerable<RedisStreamEntry> ReadAsync(long? lastSequence, bool latestFirst, CancellationToken cancellationToken = default)
    {
        if (lastSequence < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lastSequence), lastSequence, "The last sequence must not be negative.");
        }

        return ReadCoreAsync(lastSequence, latestFirst, cancellationToken);
    }

    private async IAsyncEnumerable<RedisStreamEntry> ReadCoreAsync(long? lastSequence, bool latestFirst, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var database = connection.GetDatabase();
        var backoff = new RetryBackoff(settings.RetryDelay, settings.MaxRetryDelay, settings.TimeProvider);
        var positions = new string[StreamNames.Length];
        positions[0] = lastSequence is { } last ? SequenceEntryId.Of(last) : "0-0";
        var newest = await RetryAsync(() => ReadNewestAsync(database), backoff, cancellationToken).ConfigureAwait(false);
        for (var i = 1; i < StreamNames.Length; i++)
        {
            // Non-sequenced streams are read from their newest entry on: the past frames are superseded.
            positions[i] = newest[i - 1]?.Id ?? "0-0";
        }

        // The late joiner's state: the newest summary, clock and location, oldest first; not the other stream. A reader
        // still behind on the sequenced messages gets each where its receive time falls among them, so a game folded
        // from the start is never handed the final summary before the plays that led to it.
        var state = new Queue<RedisStreamEntry>(latestFirst
            ? newest.Where(e => e is not null && e.Stream != RedisGameKeys.OtherStreamName).OrderBy(e => e!.ReceivedAt).Select(e => e!)
            : []);
        var backlogTop = state.Count == 0 ? null : await RetryAsync(() => ReadSequencedTopAsync(database), backoff, cancellationToken).ConfigureAwait(false);
        if (backlogTop is null || backlogTop <= lastSequence)
        {
            while (state.TryDequeue(out var frame))
            {
                yield return frame;
            }
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await RetryAsync(() => ReadAfterAsync(database, positions), backoff, cancellationToken).ConfigureAwait(false);
            foreach (var entry in StreamReply.MergeByReceiveTime(batch))
            {
                while (state.TryPeek(out var frame) && frame.ReceivedAt <= entry.ReceivedAt)
                {
                    yield return state.Dequeue();
                }

                var caughtUp = entry.Stream == SequencedStreamName && (entry.IsEnd || entry.Sequence >= backlogTop);
                while (caughtUp && state.TryDequeue(out var frame))
                {
                    yield return frame;
                }

                positions[Array.IndexOf(StreamNames, entry.Stream)] = entry.Id;
                yield return entry;
            }
        }
    }

    /// <summary>The sequence of the <c>seq</c> stream's newest entry (the end marker carries the last one), or <see langword="null"/>.</summary>
    private async Task<long?> ReadSequencedTopAsync(IDatabaseAsync database)
    {
        var top = await database.StreamRangeAsync(keys.Sequenced, "-", "+", count: 1, messageOrder: Order.Descending).ConfigureAwait(false);
        return top.Length == 0 ? null : SequenceEntryId.Parse(top[0].Id);
    }

    /// <summary>The newest entry of each non-sequenced stream (<c>other</c> last), or <see langword="null"/> where one is empty.</summary>
    private async Task<RedisStreamEntry?[]> ReadNewestAsync(IDatabaseAsync database)
    {
        var newest = new RedisStreamEntry?[StreamNames.Length - 1];
        for (var i = 0; i < newest.Length; i++)
        {
            var name = StreamNames[i + 1];
            var top = await database.StreamRangeAsync(keys.Latest(name), "-", "+", count: 1, messageOrder: Order.Descending).ConfigureAwait(false);
            newest[i] = top.Length == 0 ? null : StreamReply.ToEntry(name, top[0]);
        }

        return newest;
    }

    private async Task<List<List<RedisStreamEntry>>> ReadAfterAsync(IDatabaseAsync database, string[] positions)
    {
        var arguments = new List<object>
        {
            "COUNT", settings.BatchSize.ToString(CultureInfo.InvariantCulture),
            "BLOCK", ((long)settings.BlockTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            "STREAMS",
        };
        arguments.AddRange(StreamNames.Select(name => (object)(name == SequencedStreamName ? keys.Sequenced : keys.Latest(name))));
        arguments.AddRange(positions);
        var reply = await database.ExecuteAsync("XREAD", arguments).ConfigureAwait(false);
        return StreamReply.Parse(reply, StreamNames, keys);
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> read, RetryBackoff backoff, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var result = await read().WaitAsync(cancellationToken).ConfigureAwait(false);
                backoff.Succeeded();
                progress?.Succeeded();
                return result;
            }
            catch (Exception ex) when (RedisGameWriter.IsRetryable(ex))
            {
                progress?.Failed(backoff.Failures + 1, ex);
                await backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
