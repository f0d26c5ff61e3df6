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
                var outcome = envelope.Sequence is { } sequence
                    ? await AddSequencedAsync(sequence, copy, receivedAt).ConfigureAwait(false)
                    : await AddLatestAsync(envelope, copy, receivedAt).ConfigureAwait(false);
                counters.Count(envelope.Sequence is not null, outcome);
                return outcome;
            }
            catch (Exception ex) when (IsRetryable(ex))
            {
                counters.Retry();
                RelayLog.WriteFailed(logger, keys.GameId, envelope.Sequence, backoff.Failures + 1, ex);
                await backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
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
                counters.Retry();
                RelayLog.WriteFailed(logger, keys.GameId, ConfirmedSequence, backoff.Failures + 1, ex);
                await backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<WriteOutcome> AddSequencedAsync(long sequence, byte[] message, DateTimeOffset receivedAt)
    {
        var outcome = WriteOutcome.Written;
        try
        {
            await database.StreamAddAsync(keys.Sequenced, Fields(message, receivedAt), SequenceEntryId.Of(sequence)).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.Contains(DuplicateIdError, StringComparison.Ordinal))
        {
            outcome = WriteOutcome.Duplicate;
            RelayLog.Duplicate(logger, keys.GameId, sequence);
        }

        // Either way Redis now holds an entry at or above this sequence.
        long current;
        do
        {
            current = Volatile.Read(ref _confirmed);
        }
        while (sequence > current && Interlocked.CompareExchange(ref _confirmed, sequence, current) != current);
        return outcome;
    }

    private async Task<WriteOutcome> AddLatestAsync(RelayEnvelope envelope, byte[] message, DateTimeOffset receivedAt)
    {
        var stream = RedisGameKeys.LatestStreamFor(envelope.Source);
        var time = envelope.Timestamp ?? receivedAt.ToUnixTimeMilliseconds();
        var hash = Convert.ToHexString(XxHash128.Hash(message));
        var result = await database.ScriptEvaluateAsync(
            LatestFrameScript.Source,
            [keys.Latest(stream), keys.Seen(stream), keys.Sequenced],
            [hash, time, settings.LatestStreamMaxLength, (long)settings.DuplicateWindow.TotalMilliseconds, message, receivedAt.ToUnixTimeMilliseconds(), Volatile.Read(ref _confirmed)]).ConfigureAwait(false);
        return (long)result switch
        {
            LatestFrameScript.Duplicate => WriteOutcome.Duplicate,
            LatestFrameScript.Stale => WriteOutcome.Stale,
            _ => WriteOutcome.Written,
        };
    }

    private static NameValueEntry[] Fields(byte[] message, DateTimeOffset receivedAt) =>
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
