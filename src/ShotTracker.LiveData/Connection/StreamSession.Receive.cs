using System.Net.WebSockets;
using ShotTracker.LiveData.Diagnostics;
using ShotTracker.LiveData.Internal;
using ShotTracker.LiveData.Protocol;
using ShotTracker.LiveData.Transport;

namespace ShotTracker.LiveData.Connection;

/// <content>Reading one connection: keep-alive beside it, dedupe by sequence, and the hand-over to the buffer.</content>
internal sealed partial class StreamSession
{
    private async Task<ConnectionEnd> RunConnectionAsync(LiveConnection connection, long? resumedFrom, LiveDataDisconnectReason previousReason)
    {
        _counters.Metrics.ConnectionOpened();
        _client.SetState(LiveDataConnectionState.Connected, previousReason, resumedFromSequence: resumedFrom);
        LiveDataClientLog.Connected(_logger, ConnectionUri.Redact(_settings.Endpoint), resumedFrom);

        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var keepAlive = KeepAlive.RunAsync(connection, _settings, () => _buffer.IsWriterWaiting, _counters, _logger, keepAliveStop.Token);
        using var stopRegistration = _stop.Token.Register(
            static s => _ = ((StreamSession)((object[])s!)[0]).CloseOnStopAsync((LiveConnection)((object[])s)[1]),
            new object[] { this, connection });
        try
        {
            return await ReceiveLoopAsync(connection, resumedFrom).ConfigureAwait(false);
        }
        catch (LiveDataMessageTooLargeException ex)
        {
            await connection.CloseGracefullyAsync(WebSocketCloseStatus.MessageTooBig, "Message too large", _settings.CloseTimeout).ConfigureAwait(false);
            return new ConnectionEnd(LiveDataDisconnectReason.MessageTooLarge, Exception: ex);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return _stop.IsCancellationRequested ? new ConnectionEnd(LiveDataDisconnectReason.ByUser)
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

            connection.Dispose();
            _counters.Metrics.ConnectionClosed();
        }
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
    }

    private async Task<ConnectionEnd> ReceiveLoopAsync(LiveConnection connection, long? resumedFrom)
    {
        using var message = new PooledByteBufferWriter(16 * 1024);
        long replayed = 0;
        var resumeReported = resumedFrom is null;
        while (true)
        {
            var close = await connection.ReceiveMessageAsync(message, _settings.MaxMessageSize, CancellationToken.None).ConfigureAwait(false);
            if (close is not null)
            {
                // Answer the close handshake, then decide: 1000 ends the stream, 1008 is a refused token, the rest reconnect.
                await connection.CloseGracefullyAsync(WebSocketCloseStatus.NormalClosure, string.Empty, _settings.CloseTimeout).ConfigureAwait(false);
                var reason = _stop.IsCancellationRequested ? LiveDataDisconnectReason.ByUser
                    : close.CloseStatus == WebSocketCloseStatus.PolicyViolation ? LiveDataDisconnectReason.AuthenticationFailed
                    : LiveDataDisconnectReason.ServerClosed;
                return new ConnectionEnd(reason, close.CloseStatus, close.CloseStatusDescription);
            }

            if (_stop.IsCancellationRequested)
            {
                continue; // Closing: drain until the server's close frame arrives.
            }

            _messagesOnConnection++;
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

            var keepLatest = item.Source is { } source && _settings.KeepLatest[(int)source];
            try
            {
                if (await _buffer.WriteAsync(item, keepLatest, _stop.Token).ConfigureAwait(false))
                {
                    _counters.Coalesced();
                }
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
        catch (LiveDataProtocolException ex)
        {
            _counters.ParseError();
            LiveDataClientLog.ParseError(_logger, ex.Path, ex.BytePosition);
            LiveDataClientLog.ParseErrorDetail(_logger, ex.Message);
            return new InvalidLiveDataEvent { Error = ex };
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
                _authenticationFailures = 0;
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
