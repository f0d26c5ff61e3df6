using ShotTracker.LiveData.Redis.Streams;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>The write loop: several writes in flight, answers taken in order, a failure retried from the first write that did not succeed.</summary>
internal sealed partial class RelayRecorder
{
    private async Task WriteLoopAsync(CancellationToken stopping)
    {
        var window = new RelayWriteWindow(_writer);
        var backoff = _writer.Settings.NewBackoff();
        try
        {
            while (await FillAsync(window, stopping).ConfigureAwait(false))
            {
                var (head, attempt) = window.Head;
                Exception? failure = null;
                var outcome = WriteOutcome.PredecessorMissing;
                try
                {
                    // Stopping does not wait for Redis (a paused or unreachable server would hold the host's stop).
                    outcome = await attempt.WaitAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (RedisGameWriter.IsRetryable(ex))
                {
                    failure = ex;
                }

                if (outcome != WriteOutcome.PredecessorMissing)
                {
                    window.Dequeue();
                    backoff.Succeeded();
                    _writer.Completed(head.Envelope, outcome);
                    await ObserveAsync(head, stopping).ConfigureAwait(false);
                    head.Release();
                    continue;
                }

                if (failure is null)
                {
                    // The oldest write was sent after one Redis answered, so it found that one missing: Redis lost
                    // entries it had acknowledged (a restart that lost its last AOF second). Written again above the
                    // hole, the lost seqs would never be: the relay restarts the game from the newest entry Redis
                    // holds, and the service sends what is missing again.
                    var lost = new RedisLostWritesException(head.Envelope.Sequence, _writer.ConfirmedSequence);
                    RelayLog.LostWrites(_logger, _writer.Keys.GameId, head.Envelope.Sequence, _writer.ConfirmedSequence, lost);
                    throw lost;
                }

                // Redis answers in order, so the writes after this one may have failed too, or (sent after a reconnect)
                // been refused for want of this one: wait for them all, then write them again from this one, in order.
                // Those that did land come back as duplicates.
                _writer.WriteFailed(head.Envelope.Sequence, backoff.Failures + 1, failure);
                await window.SettleAsync(stopping).ConfigureAwait(false);
                await backoff.WaitAsync(stopping).ConfigureAwait(false);
                window.IssueAgain();
            }

            _written = true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: what is not written is dropped; the next start resumes from Redis.
        }
        catch (Exception ex)
        {
            // Not a failure time can fix: the next RecordAsync throws it, and the relay restarts the game from Redis.
            _queue.Writer.TryComplete(ex);
            throw;
        }
        finally
        {
            // A RecordAsync after this must not wait for room that never comes.
            _queue.Writer.TryComplete();
            Volatile.Write(ref _inFlight, 0);
            window.Abandon();
            while (_queue.Reader.TryRead(out var dropped))
            {
                dropped.Release();
            }
        }
    }

    /// <summary>
    /// Sends queued messages while the window has room, until the oldest write is answered; returns
    /// <see langword="false"/> when the queue is completed and everything is written.
    /// </summary>
    private async Task<bool> FillAsync(RelayWriteWindow window, CancellationToken stopping)
    {
        while (true)
        {
            // After a failure, the writes are sent again from the first that did not succeed, before anything after it.
            var failed = window.HasFailed;
            while (!failed && window.Count < _writer.Settings.MaxWritesInFlight && _queue.Reader.TryRead(out var next))
            {
                window.Issue(next);
            }

            Volatile.Write(ref _inFlight, window.Count);
            if (failed)
            {
                return true;
            }

            if (window.Count == 0)
            {
                if (!await _queue.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
                {
                    return false;
                }

                continue;
            }

            var attempt = window.Head.Attempt;
            if (window.Count >= _writer.Settings.MaxWritesInFlight || attempt.IsCompleted)
            {
                return true;
            }

            // Room left: a message that arrives before the oldest answer is sent at once, not after it.
            _waitingForMessages ??= _queue.Reader.WaitToReadAsync(stopping).AsTask();
            if (await Task.WhenAny(attempt, _waitingForMessages).ConfigureAwait(false) == attempt)
            {
                return true;
            }

            var more = await _waitingForMessages.ConfigureAwait(false);
            _waitingForMessages = null;
            if (!more)
            {
                return true;
            }
        }
    }

    /// <summary>Hands a message Redis holds to the observers; one's failure costs neither Redis nor the others the message.</summary>
    private async Task ObserveAsync(RelayWrite write, CancellationToken stopping)
    {
        foreach (var observer in _observers)
        {
            if (observer is null)
            {
                continue;
            }

            try
            {
                await observer.RecordAsync(write.Message, write.ReceivedAt, stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                RelayLog.RecorderFailed(_logger, _writer.Keys.GameId, ex);
            }
        }
    }
}
