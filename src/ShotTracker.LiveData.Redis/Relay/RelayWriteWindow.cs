using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// The writes the relay has sent to Redis and not yet taken the answer of, oldest first, each with its attempt.
/// </summary>
/// <remarks>
/// A sequenced write sent while an earlier sequenced one is still unanswered carries that one's seq, and Redis adds it
/// only after it (<see cref="SequencedAfterScript"/>): so a failed write never leaves a hole below a later one.
/// </remarks>
internal sealed class RelayWriteWindow(RedisGameWriter writer)
{
    private readonly Queue<(RelayWrite Write, Task<WriteOutcome> Attempt)> _writes = new();
    private long? _lastSequence;
    private int _sequenced;

    public int Count => _writes.Count;

    public (RelayWrite Write, Task<WriteOutcome> Attempt) Head => _writes.Peek();

    /// <summary>
    /// Gets whether an attempt in the window ended without Redis holding its message (it failed, or its predecessor
    /// was missing). Nothing more may be sent then: a write sent now would reach Redis before the one that must be sent
    /// again, and a frame would land before its relay's earlier seq, or make an earlier frame stale.
    /// </summary>
    public bool HasFailed
    {
        get
        {
            foreach (var (_, attempt) in _writes)
            {
                if (attempt.IsCompleted && (!attempt.IsCompletedSuccessfully || attempt.Result == WriteOutcome.PredecessorMissing))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Sends <paramref name="write"/> without waiting for its answer.</summary>
    public void Issue(RelayWrite write)
    {
        var previous = _sequenced > 0 ? _lastSequence : null;
        Task<WriteOutcome> attempt;
        try
        {
            attempt = writer.AddAsync(write.Envelope, write.Message, write.ReceivedAt, previous);
        }
        catch (Exception ex)
        {
            attempt = Task.FromException<WriteOutcome>(ex);
        }

        if (write.Envelope.Sequence is { } sequence)
        {
            _lastSequence = sequence;
            _sequenced++;
        }

        _writes.Enqueue((write, attempt));
    }

    /// <summary>Removes the oldest write, whose answer was taken.</summary>
    public void Dequeue()
    {
        var (write, _) = _writes.Dequeue();
        if (write.Envelope.Sequence is not null)
        {
            _sequenced--;
        }
    }

    /// <summary>Waits for every attempt to end, whatever its outcome, and marks them failed (their buffers may still be sent).</summary>
    public async Task SettleAsync(CancellationToken stopping)
    {
        foreach (var (write, attempt) in _writes)
        {
            write.AttemptFailed();
            try
            {
                await attempt.WaitAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                // Its outcome is unknown either way: it is written again.
            }
        }
    }

    /// <summary>Sends every write again, in order, the oldest with nothing before it to wait for.</summary>
    public void IssueAgain()
    {
        var writes = _writes.Select(entry => entry.Write).ToArray();
        _writes.Clear();
        _sequenced = 0;
        _lastSequence = null;
        foreach (var write in writes)
        {
            Issue(write);
        }
    }

    /// <summary>Drops every write (stopping); their buffers are left to the collector, as the multiplexer may still send them.</summary>
    public void Abandon()
    {
        foreach (var (write, _) in _writes)
        {
            write.AttemptFailed();
            write.Release();
        }

        _writes.Clear();
        _sequenced = 0;
    }
}
