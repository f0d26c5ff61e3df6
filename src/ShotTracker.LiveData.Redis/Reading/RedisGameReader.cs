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
/// Only the streams of <see cref="ReaderSettings.Streams"/> are read, and only their entries it yields (see
/// <see cref="StreamSelection"/>); the late joiner's state holds the wanted ones. When the <c>seq</c> stream is not read,
/// its end-of-game marker is still yielded: the reader looks at the stream's newest entry whenever a whole block passed
/// with nothing new.
/// </para>
/// <para>
/// <c>progress</c>, when given, is told of every read that succeeded or failed: what a client's connection state
/// follows.
/// </para>
/// </remarks>
internal sealed class RedisGameReader(IConnectionMultiplexer connection, RedisGameKeys keys, ReaderSettings settings, IReadProgress? progress = null)
{
    public const string SequencedStreamName = "seq";

    private readonly StreamSelection _streams = settings.Streams;
    private readonly string[] _names = [.. settings.Streams.StreamNames];

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
        var newest = await RetryAsync(() => ReadNewestAsync(database), backoff, cancellationToken).ConfigureAwait(false);
        var positions = new string[_names.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            // Non-sequenced streams are read from their newest entry on: the past frames are superseded.
            positions[i] = _names[i] != SequencedStreamName ? newest[i]?.Id ?? "0-0"
                : lastSequence is { } last ? SequenceEntryId.Of(last)
                : "0-0";
        }

        // The late joiner's state: the newest summary, clock and location, oldest first; not the other stream. A reader
        // still behind on the sequenced messages gets each where its receive time falls among them, so a game folded
        // from the start is never handed the final summary before the plays that led to it.
        var state = new Queue<RedisStreamEntry>(latestFirst
            ? newest.Where(e => e is not null && e.Stream != RedisGameKeys.OtherStreamName).OrderBy(e => e!.ReceivedAt).Select(e => e!)
            : []);
        var backlogTop = state.Count == 0 || !_streams.ReadsSequenced
            ? null
            : SequenceEntryId.Parse((await RetryAsync(() => ReadSequencedNewestAsync(database), backoff, cancellationToken).ConfigureAwait(false))?.Id);
        if (backlogTop is null || backlogTop <= lastSequence)
        {
            while (state.TryDequeue(out var frame))
            {
                yield return frame;
            }
        }

        var endYielded = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await RetryAsync(() => ReadAfterAsync(database, positions), backoff, cancellationToken).ConfigureAwait(false);
            var quiet = true;
            foreach (var entry in StreamReply.MergeByReceiveTime(batch))
            {
                quiet = false;
                while (state.TryPeek(out var frame) && frame.ReceivedAt <= entry.ReceivedAt)
                {
                    yield return state.Dequeue();
                }

                var caughtUp = entry.Stream == SequencedStreamName && (entry.IsEnd || entry.Sequence >= backlogTop);
                while (caughtUp && state.TryDequeue(out var frame))
                {
                    yield return frame;
                }

                positions[Array.IndexOf(_names, entry.Stream)] = entry.Id;
                if (_streams.Yields(entry))
                {
                    yield return entry;
                }
            }

            // The end marker is in the seq stream; when that is not read, it is looked for whenever the streams that are
            // read stay quiet for a whole block (as they do once the game has ended): one small read, not the stream.
            if (quiet && !_streams.ReadsSequenced && !endYielded
                && await RetryAsync(() => ReadSequencedNewestAsync(database), backoff, cancellationToken).ConfigureAwait(false) is { IsEnd: true } end)
            {
                endYielded = true;
                yield return end;
            }
        }
    }

    /// <summary>The <c>seq</c> stream's newest entry (the end marker once the game ended), or <see langword="null"/> when it is empty.</summary>
    private async Task<RedisStreamEntry?> ReadSequencedNewestAsync(IDatabaseAsync database)
    {
        var top = await database.StreamRangeAsync(keys.Sequenced, "-", "+", count: 1, messageOrder: Order.Descending).ConfigureAwait(false);
        return top.Length == 0 ? null : StreamReply.ToEntry(SequencedStreamName, top[0]);
    }

    /// <summary>The newest entry of each non-sequenced stream read, by the index of its name (<see langword="null"/> for <c>seq</c> and an empty stream).</summary>
    private async Task<RedisStreamEntry?[]> ReadNewestAsync(IDatabaseAsync database)
    {
        var newest = new RedisStreamEntry?[_names.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            if (_names[i] != SequencedStreamName)
            {
                var top = await database.StreamRangeAsync(keys.Latest(_names[i]), "-", "+", count: 1, messageOrder: Order.Descending).ConfigureAwait(false);
                newest[i] = top.Length == 0 ? null : StreamReply.ToEntry(_names[i], top[0]);
            }
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
        arguments.AddRange(_names.Select(name => (object)(name == SequencedStreamName ? keys.Sequenced : keys.Latest(name))));
        arguments.AddRange(positions);
        var reply = await database.ExecuteAsync("XREAD", arguments).ConfigureAwait(false);
        return StreamReply.Parse(reply, _names, keys);
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
