using System.Diagnostics;
using System.Net.WebSockets;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <content>Reading one connection: keep-alive beside it, dedupe by sequence, and the hand-over to the buffer.</content>
internal sealed partial class StreamSession
{
    /// <summary>
    /// Starts reading <paramref name="connection"/> and waits until it delivers something new (then it keeps running,
    /// returned as the outcome) or ends. An ending that no retry changes (the user's stop, a normal close, a refused
    /// token, a message too large) or that came after the connection had been open for a long while is returned as the
    /// outcome too; any other ending before progress returns no outcome, and the caller treats it as a failed attempt.
    /// </summary>
    private async Task<(ConnectOutcome? Outcome, ConnectionEnd Ended)> RunUntilProgressAsync(LiveConnection connection, long? resumedFrom, LiveDataDisconnectReason previousReason)
    {
        var lastDisconnect = _lastDisconnect;
        _everOpened = true;
        var openedAt = _settings.TimeProvider.GetTimestamp();
        var progress = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = RunConnectionAsync(connection, resumedFrom, previousReason, progress);
        ConnectOutcome? outcome = null;
        var end = default(ConnectionEnd);
        var stayedOpen = false;
        if (await Task.WhenAny(progress.Task, run).ConfigureAwait(false) == progress.Task)
        {
            outcome = ConnectOutcome.Running(run);
        }
        else
        {
            end = await run.ConfigureAwait(false);
            stayedOpen = _settings.TimeProvider.GetElapsedTime(openedAt) >= _settings.StableConnectionTime;
            outcome = end.IsFinal || stayedOpen || progress.Task.IsCompleted ? ConnectOutcome.Ended(end) : null;
        }

        // A connection that delivered (or stayed open through a quiet feed) counts as a reconnect once an earlier one
        // delivered. One that ended before delivering anything new is a failed attempt: the caller counts those it
        // retries, a refused token or a too-large message is counted here; the user's stop and the event's end are
        // neither.
        if (progress.Task.IsCompleted || stayedOpen)
        {
            if (_everDelivered)
            {
                _counters.Reconnect(lastDisconnect);
            }

            _everDelivered = true;
            _counters.Delivered();
            _authenticationFailures = 0;
        }
        else if (outcome is not null && end.Reason is LiveDataDisconnectReason.MessageTooLarge or LiveDataDisconnectReason.AuthenticationFailed)
        {
            _counters.FailedAttempt(end.Reason);
        }

        return (outcome, end);
    }

    private async Task<ConnectionEnd> RunConnectionAsync(LiveConnection connection, long? resumedFrom, LiveDataDisconnectReason previousReason, TaskCompletionSource<bool> progress)
    {
        _counters.Metrics.ConnectionOpened();
        _client.SetState(LiveDataConnectionState.Connected, previousReason, resumedFromSequence: resumedFrom);
        LiveDataClientLog.Connected(_logger, ConnectionUri.Redact(_settings.Endpoint), resumedFrom, reconnect: _everDelivered);

        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        _counters.BackgroundTaskStarted();
        var keepAlive = KeepAlive.RunAsync(connection, _settings.KeepAlive, () => Subscribers.IsWriterWaiting, _counters, _logger, keepAliveStop.Token);
        var stopRegistration = _stop.Token.Register(
            static s => ((StreamSession)((object[])s!)[0]).CloseOnStop((LiveConnection)((object[])s)[1]),
            new object[] { this, connection });
        var end = default(ConnectionEnd);
        try
        {
            end = await ReceiveLoopAsync(connection, resumedFrom, progress).ConfigureAwait(false);
        }
        catch (LiveDataMessageTooLargeException ex)
        {
            await connection.CloseGracefullyAsync(WebSocketCloseStatus.MessageTooBig, "Message too large", _settings.CloseTimeout).ConfigureAwait(false);
            end = new ConnectionEnd(LiveDataDisconnectReason.MessageTooLarge, Exception: ex);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            end = _stop.IsCancellationRequested ? new ConnectionEnd(LiveDataDisconnectReason.ByUser)
                : connection.IsDead ? new ConnectionEnd(LiveDataDisconnectReason.KeepAliveTimeout)
                : new ConnectionEnd(LiveDataDisconnectReason.Lost, Exception: ex);
        }
        finally
        {
            keepAliveStop.Cancel();
            try
            {
                await keepAlive.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Cancelled, or a ping failed because the socket went away: the reader already knows why.
            }
            finally
            {
                _counters.BackgroundTaskEnded();
            }

            // Disposing the registration waits for a close it is starting right now; then no close can start any more,
            // and the one that did is awaited, so nothing of this connection outlives it.
            stopRegistration.Dispose();
            if (Interlocked.Exchange(ref _closeOnStop, null) is { } closing)
            {
                await closing.ConfigureAwait(false);
            }

            connection.Dispose();
            _counters.Metrics.ConnectionClosed();
            _gaps?.ConnectionEnded();
            _lastDisconnect = end.Reason;
        }

        return end;
    }

    private void CloseOnStop(LiveConnection connection)
    {
        _counters.BackgroundTaskStarted();
        Volatile.Write(ref _closeOnStop, CloseOnStopAsync(connection));
    }

    private async Task CloseOnStopAsync(LiveConnection connection)
    {
        try
        {
            await connection.CloseGracefullyAsync(WebSocketCloseStatus.NormalClosure, "Client closing", _settings.CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort: the abort timer ends the connection anyway.
        }
        finally
        {
            _counters.BackgroundTaskEnded();
        }
    }

    private async Task<ConnectionEnd> ReceiveLoopAsync(LiveConnection connection, long? resumedFrom, TaskCompletionSource<bool> progress)
    {
        using var message = new PooledByteBufferWriter(16 * 1024);
        var progressed = false;
        long replayed = 0;
        var resumeReported = resumedFrom is null;
        while (true)
        {
            if (!await connection.ReceiveMessageAsync(message, _settings.MaxMessageSize, CancellationToken.None).ConfigureAwait(false))
            {
                // Answer the close handshake, then decide: 1000 ends the stream, 1008 is a refused token, the rest reconnect.
                var closeStatus = connection.Socket.CloseStatus;
                var closeDescription = connection.Socket.CloseStatusDescription;
                await connection.CloseGracefullyAsync(WebSocketCloseStatus.NormalClosure, string.Empty, _settings.CloseTimeout).ConfigureAwait(false);
                var reason = _stop.IsCancellationRequested ? LiveDataDisconnectReason.ByUser
                    : closeStatus == WebSocketCloseStatus.PolicyViolation ? LiveDataDisconnectReason.AuthenticationFailed
                    : LiveDataDisconnectReason.ServerClosed;
                return new ConnectionEnd(reason, closeStatus, closeDescription);
            }

            if (_stop.IsCancellationRequested)
            {
                continue; // Closing: drain until the server's close frame arrives.
            }

            var item = Parse(message);
            if (item is null)
            {
                continue;
            }

            var sequence = item is InvalidLiveDataEvent ? null : item.Sequence;
            if (sequence is { } seq)
            {
                if (_acceptedSequence is { } accepted && seq <= accepted)
                {
                    _counters.Duplicate();
                    replayed++;
                    LiveDataClientLog.DuplicateDropped(_logger, seq, accepted);
                    continue;
                }

                if (!resumeReported)
                {
                    resumeReported = true;
                    LiveDataClientLog.Resumed(_logger, resumedFrom!.Value, seq, replayed);
                    _client.RaiseResumed(new LiveDataResumedEventArgs(resumedFrom.Value, seq, replayed));
                }
            }

            if (_settings.Recorder is { } recorder)
            {
                await RecordAsync(recorder, message).ConfigureAwait(false);
            }

            // New data (not a re-sent duplicate, an unreadable frame or an unknown unsequenced message a server may
            // repeat on every connection) is what makes a connection a success for the reconnect policy.
            if (!progressed && (sequence is not null || item.Source is not null))
            {
                progressed = true;
                progress.TrySetResult(true);
            }

            // One clock read per message, shared by the gap tracker and the hand-off (the moment a consumer run inline
            // takes the event, from which its time on it is measured).
            var receivedAt = Stopwatch.GetTimestamp();
            try
            {
                if (_gaps is { } gaps)
                {
                    // The first message after a reconnect: say first what the non-sequenced sources missed meanwhile.
                    var gapWritten = false;
                    if (gaps.TryTake(out var from, out var to))
                    {
                        await Subscribers.WriteGapAsync(from, to, _stop.Token).ConfigureAwait(false);
                        gapWritten = true;
                    }

                    gaps.Received(receivedAt);
                    if (gapWritten)
                    {
                        // A lone consumer may have run its body over the gap event on this thread meanwhile: the
                        // message is handed over now, and the consumer's time on it counts from now.
                        receivedAt = Stopwatch.GetTimestamp();
                    }
                }

                await Subscribers.WriteAsync(item, sequence, receivedAt, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                continue;
            }

            if (sequence is not null)
            {
                _acceptedSequence = sequence;
            }
        }
    }

    private async Task RecordAsync(ILiveDataMessageRecorder recorder, PooledByteBufferWriter message)
    {
        try
        {
            await recorder.RecordAsync(message.WrittenMemory, _settings.TimeProvider.GetUtcNow(), _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping: the message is not delivered either.
        }
        catch (Exception ex)
        {
            // A recorder is an observer: its failure (a full disk) must not cost the live stream.
            LiveDataClientLog.RecorderFailed(_logger, ex);
        }
    }

    /// <summary>Reads one message; consumes pongs (returns <see langword="null"/>) and turns unreadable ones into events.</summary>
    private LiveDataEvent? Parse(PooledByteBufferWriter message)
    {
        LiveDataEvent item;
        try
        {
            item = LiveDataMessageSerializer.Deserialize(message.WrittenSpan);
        }
        catch (Exception ex)
        {
            // The parser's contract is to throw nothing but LiveDataProtocolException; should anything else escape,
            // it is still one unreadable message, never the end of the connection.
            var error = ex as LiveDataProtocolException
                ?? new LiveDataProtocolException($"The message could not be read: {ex.GetType().Name}.", message.WrittenSpan.ToArray(), innerException: ex);
            _counters.ParseError();
            LiveDataClientLog.ParseError(_logger, error.Path, error.BytePosition);
            LiveDataClientLog.ParseErrorDetail(_logger, error.Message);
            return new InvalidLiveDataEvent { Error = error };
        }

        switch (item)
        {
            case PongEvent:
                _counters.Pong();
                return null;
            case UnknownLiveDataEvent:
                _counters.Unknown(message.WrittenCount);
                break;
            default:
                _counters.Message(item.Source!.Value, message.WrittenCount);
                RecordLag(item);
                break;
        }

        return item;
    }

    /// <summary>Records receipt time minus the payload's own timestamp, on the client's clock, when anyone listens.</summary>
    private void RecordLag(LiveDataEvent item)
    {
        if (_counters.Metrics.LagEnabled && PayloadTimestamp.Get(item) is { } sentAt)
        {
            var lag = TimeSpan.FromMilliseconds(_settings.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() - sentAt);
            _counters.Metrics.Lag(item.Source!.Value, lag);
        }
    }
}
