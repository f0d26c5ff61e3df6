using System.IO.Hashing;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Redis.Streams;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// Writes one game's messages to its streams, retrying with backoff until each is in Redis, and keeps the highest
/// sequence Redis is known to hold (<see cref="ConfirmedSequence"/>), which the relay checks every sequenced event
/// against before it lets its client move on.
/// </summary>
internal sealed class RedisGameWriter(IDatabaseAsync database, RedisGameKeys keys, RelaySettings settings, RelayCounters counters, ILogger logger)
{
    private const string DuplicateIdError = "equal or smaller than the target stream top item";
    private long _confirmed = -1;

    // The highest seq this writer has sent to Redis (or started from). A frame's script compares the stream's top with
    // it, not with _confirmed: the relay's writes are pipelined and Redis runs them in order, so when a frame's script
    // runs, the seq this relay sent just before the frame is already in the stream, answered or not, and is not a
    // sign of another relay ahead of this one.
    private long _handed = -1;

    /// <summary>Gets the relay's settings.</summary>
    public RelaySettings Settings => settings;

    /// <summary>Gets the game's keys.</summary>
    public RedisGameKeys Keys => keys;

    /// <summary>
    /// Gets the highest sequence Redis holds as far as this writer knows (written by it, refused as a duplicate, or the
    /// checkpoint it started from), or <see langword="null"/>.
    /// </summary>
    public long? ConfirmedSequence => Volatile.Read(ref _confirmed) is var value and >= 0 ? value : null;

    /// <summary>Reads the checkpoint, the sequence of the stream's newest entry, retrying until Redis answers.</summary>
    public async Task<long?> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        var backoff = settings.NewBackoff();
        while (true)
        {
            try
            {
                var newest = await database.StreamRangeAsync(keys.Sequenced, "-", "+", count: 1, messageOrder: Order.Descending).ConfigureAwait(false);
                var sequence = newest.Length == 0 ? null : SequenceEntryId.Parse(newest[0].Id);
                Volatile.Write(ref _confirmed, sequence ?? -1);
                Raise(ref _handed, sequence ?? -1);
                return sequence;
            }
            catch (Exception ex) when (IsRetryable(ex))
            {
                counters.Retry();
                RelayLog.ReadFailed(logger, keys.GameId, backoff.Failures + 1, ex);
                await backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="message"/> and returns only once Redis holds it (or refused it as a duplicate or stale
    /// frame): a failed write is retried with backoff until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <remarks>One write at a time; the relay itself pipelines its writes through <see cref="RelayRecorder"/>.</remarks>
    public async Task<WriteOutcome> WriteAsync(ReadOnlyMemory<byte> message, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var envelope = RelayEnvelope.Read(message.Span);

        // Copied once: the client reuses its buffer after this returns, and a timed-out attempt may still be queued
        // in the multiplexer and sent later.
        var copy = message.ToArray();
        var backoff = settings.NewBackoff();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = await AddAsync(envelope, copy, receivedAt, previous: null).ConfigureAwait(false);
                Completed(envelope, outcome);
                return outcome;
            }
            catch (Exception ex) when (IsRetryable(ex))
            {
                WriteFailed(envelope.Sequence, backoff.Failures + 1, ex);
                await backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Makes one attempt to write a message. With <paramref name="previous"/>, a sequenced message is added only if Redis
    /// holds that seq already (<see cref="SequencedAfterScript"/>), else the outcome is
    /// <see cref="WriteOutcome.PredecessorMissing"/>. <paramref name="message"/> must stay unchanged until the returned
    /// task completes, and after that too if it failed (the multiplexer may still send it).
    /// </summary>
    public Task<WriteOutcome> AddAsync(RelayEnvelope envelope, ReadOnlyMemory<byte> message, DateTimeOffset receivedAt, long? previous)
    {
        if (envelope.Sequence is not { } sequence)
        {
            return AddLatestAsync(envelope, message, receivedAt);
        }

        Raise(ref _handed, sequence);
        return previous is { } after ? AddSequencedAfterAsync(sequence, after, message, receivedAt) : AddSequencedAsync(sequence, message, receivedAt);
    }

    /// <summary>Counts a write Redis answered and, for a sequenced one it holds now, raises <see cref="ConfirmedSequence"/>.</summary>
    public void Completed(RelayEnvelope envelope, WriteOutcome outcome)
    {
        counters.Count(envelope.Sequence is not null, outcome);
        if (envelope.Sequence is not { } sequence)
        {
            return;
        }

        if (outcome == WriteOutcome.Duplicate)
        {
            RelayLog.Duplicate(logger, keys.GameId, sequence);
        }

        // Either way Redis now holds an entry at or above this sequence.
        Raise(ref _confirmed, sequence);
    }

    /// <summary>Counts and logs a failed write that will be retried.</summary>
    public void WriteFailed(long? sequence, int attempt, Exception exception)
    {
        counters.Retry();
        RelayLog.WriteFailed(logger, keys.GameId, sequence, attempt, exception);
    }

    /// <summary>
    /// Marks the end of the game after the newest sequence Redis holds (<see cref="SequenceEntryId.EndOf"/>), so readers
    /// know the game is over; with a receive time, so a reader merges it after the frames relayed before it. Retried like a write. A marker already there (another relay's) counts as written.
    /// </summary>
    public async Task WriteEndAsync(CancellationToken cancellationToken)
    {
        var backoff = settings.NewBackoff();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                NameValueEntry[] fields = [new(EntryFields.End, 1), new(EntryFields.ReceivedAt, settings.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds())];
                await database.StreamAddAsync(keys.Sequenced, fields, SequenceEntryId.EndOf(ConfirmedSequence)).ConfigureAwait(false);
                return;
            }
            catch (RedisServerException ex) when (ex.Message.Contains(DuplicateIdError, StringComparison.Ordinal))
            {
                return;
            }
            catch (Exception ex) when (IsRetryable(ex))
            {
                WriteFailed(ConfirmedSequence, backoff.Failures + 1, ex);
                await backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<WriteOutcome> AddSequencedAsync(long sequence, ReadOnlyMemory<byte> message, DateTimeOffset receivedAt)
    {
        try
        {
            await database.StreamAddAsync(keys.Sequenced, Fields(message, receivedAt), SequenceEntryId.Of(sequence)).ConfigureAwait(false);
            return WriteOutcome.Written;
        }
        catch (RedisServerException ex) when (ex.Message.Contains(DuplicateIdError, StringComparison.Ordinal))
        {
            return WriteOutcome.Duplicate;
        }
    }

    private async Task<WriteOutcome> AddSequencedAfterAsync(long sequence, long previous, ReadOnlyMemory<byte> message, DateTimeOffset receivedAt)
    {
        var result = await database.ScriptEvaluateAsync(
            SequencedAfterScript.Source,
            [keys.Sequenced],
            [SequenceEntryId.Of(sequence), sequence, previous, message, receivedAt.ToUnixTimeMilliseconds()]).ConfigureAwait(false);
        return (long)result switch
        {
            SequencedAfterScript.Duplicate => WriteOutcome.Duplicate,
            SequencedAfterScript.PredecessorMissing => WriteOutcome.PredecessorMissing,
            _ => WriteOutcome.Written,
        };
    }

    private async Task<WriteOutcome> AddLatestAsync(RelayEnvelope envelope, ReadOnlyMemory<byte> message, DateTimeOffset receivedAt)
    {
        var stream = RedisGameKeys.LatestStreamFor(envelope.Source);
        var time = envelope.Timestamp ?? receivedAt.ToUnixTimeMilliseconds();
        var hash = Convert.ToHexString(XxHash128.Hash(message.Span));
        var result = await database.ScriptEvaluateAsync(
            LatestFrameScript.Source,
            [keys.Latest(stream), keys.Seen(stream), keys.Sequenced],
            [hash, time, settings.LatestStreamMaxLength, (long)settings.DuplicateWindow.TotalMilliseconds, message, receivedAt.ToUnixTimeMilliseconds(), Math.Max(Volatile.Read(ref _handed), Volatile.Read(ref _confirmed))]).ConfigureAwait(false);
        return (long)result switch
        {
            LatestFrameScript.Duplicate => WriteOutcome.Duplicate,
            LatestFrameScript.Stale => WriteOutcome.Stale,
            _ => WriteOutcome.Written,
        };
    }

    private static void Raise(ref long highest, long sequence)
    {
        long current;
        do
        {
            current = Volatile.Read(ref highest);
        }
        while (sequence > current && Interlocked.CompareExchange(ref highest, sequence, current) != current);
    }

    private static NameValueEntry[] Fields(ReadOnlyMemory<byte> message, DateTimeOffset receivedAt) =>
    [
        new(EntryFields.Message, message),
        new(EntryFields.ReceivedAt, receivedAt.ToUnixTimeMilliseconds()),
    ];

    /// <summary>
    /// Whether a failure may pass with time: Redis unreachable, slow, loading its AOF after a restart, or any other
    /// server error (a full memory, a wrong key type) that an operator can fix while the relay waits.
    /// </summary>
    internal static bool IsRetryable(Exception exception) => exception is RedisException or TimeoutException;
}
