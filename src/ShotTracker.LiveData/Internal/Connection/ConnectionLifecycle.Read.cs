using System.Net.WebSockets;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <content>Reading one connection: each message goes to the ingest; how the connection ended decides what follows.</content>
internal sealed partial class ConnectionLifecycle
{
    /// <summary>
    /// Reads <paramref name="connection"/> until it delivers something new (the connection stays open and is returned
    /// as the outcome) or ends. An ending that no retry changes (the user's stop, a normal close, a refused token, a
    /// message too large) or that came after the connection had been open for a long while is returned as the outcome
    /// too; any other ending before progress returns no outcome, and the caller treats it as a failed attempt.
    /// </summary>
    private async Task<(ConnectOutcome? Outcome, ConnectionEnd Ended)> ReadUntilProgressAsync(OpenConnection connection, LiveDataDisconnectReason previousReason)
    {
        var lastDisconnect = _lastDisconnect;
        _everOpened = true;
        _counters.Metrics?.ConnectionOpened();
        _state.Set(LiveDataConnectionState.Connected, previousReason, resumedFromSequence: connection.ResumedFrom);
        LiveDataClientLog.Connected(_logger, RedactedUri.Of(_settings.Endpoint), connection.ResumedFrom, reconnect: _everDelivered);
        _ingest.ConnectionOpened(connection.ResumedFrom);

        var ended = await ReadAsync(connection, untilProgress: true).ConfigureAwait(false);
        var progressed = ended is null;
        var end = ended.GetValueOrDefault();
        var stayedOpen = !progressed && _settings.TimeProvider.GetElapsedTime(connection.OpenedAt) >= _settings.StableConnectionTime;

        // A connection that delivered (or stayed open through a quiet feed) counts as a reconnect once an earlier one
        // delivered. One that ended before delivering anything new is a failed attempt: the caller counts those it
        // retries, a refused token or a too-large message is counted here; the user's stop and the event's end are
        // neither.
        if (progressed || stayedOpen)
        {
            if (_everDelivered)
            {
                _counters.Reconnect(lastDisconnect);
            }

            _everDelivered = true;
            _state.Delivered();
            _authenticationFailures = 0;
        }
        else if (end.Reason is LiveDataDisconnectReason.MessageTooLarge or LiveDataDisconnectReason.AuthenticationFailed)
        {
            _counters.FailedAttempt(end.Reason);
        }

        return progressed ? (ConnectOutcome.Open(connection), end)
            : end.IsFinal || stayedOpen ? (ConnectOutcome.Ended(end), end)
            : (null, end);
    }

    /// <summary>Reads a connection that has delivered on to its end.</summary>
    private async Task<ConnectionEnd> ReadToEndAsync(OpenConnection connection) =>
        (await ReadAsync(connection, untilProgress: false).ConfigureAwait(false)).GetValueOrDefault();

    /// <summary>
    /// Reads messages into the ingest. With <paramref name="untilProgress"/>, returns <see langword="null"/> after the
    /// first message that was new data, the connection still open; otherwise reads until the connection ends, and
    /// returns how, with the connection closed and disposed.
    /// </summary>
    private async Task<ConnectionEnd?> ReadAsync(OpenConnection connection, bool untilProgress)
    {
        var socket = connection.Connection;
        var message = connection.Message;
        var end = default(ConnectionEnd);
        try
        {
            while (true)
            {
                if (!await socket.ReceiveMessageAsync(message, _settings.MaxMessageSize, CancellationToken.None).ConfigureAwait(false))
                {
                    end = await AnswerCloseAsync(socket).ConfigureAwait(false);
                    break;
                }

                if (_stop.IsCancellationRequested)
                {
                    continue; // Closing: drain until the server's close frame arrives.
                }

                var progressed = await _ingest.IngestAsync(message.WrittenMemory, _stop.Token).ConfigureAwait(false);
                if (_ingest.HasNobodyToFeed)
                {
                    // The last subscriber overflowed: reading on with nobody to hand messages to would lose them.
                    _stop.Cancel();
                }
                else if (progressed && untilProgress)
                {
                    return null;
                }
            }
        }
        catch (LiveDataMessageTooLargeException ex)
        {
            await socket.CloseGracefullyAsync(WebSocketCloseStatus.MessageTooBig, "Message too large", _settings.CloseTimeout).ConfigureAwait(false);
            end = new ConnectionEnd(LiveDataDisconnectReason.MessageTooLarge, Exception: ex);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            end = _stop.IsCancellationRequested ? new ConnectionEnd(LiveDataDisconnectReason.ByUser)
                : socket.IsDead ? new ConnectionEnd(LiveDataDisconnectReason.KeepAliveTimeout)
                : new ConnectionEnd(LiveDataDisconnectReason.Lost, Exception: ex);
        }
        catch (Exception)
        {
            await EndAsync(connection, LiveDataDisconnectReason.Error).ConfigureAwait(false);
            throw;
        }

        await EndAsync(connection, end.Reason).ConfigureAwait(false);
        return end;
    }

    /// <summary>Answers the server's close handshake, then decides: 1000 ends the stream, 1008 is a refused token, the rest reconnect.</summary>
    private async Task<ConnectionEnd> AnswerCloseAsync(LiveConnection socket)
    {
        var closeStatus = socket.Socket.CloseStatus;
        var closeDescription = socket.Socket.CloseStatusDescription;
        await socket.CloseGracefullyAsync(WebSocketCloseStatus.NormalClosure, string.Empty, _settings.CloseTimeout).ConfigureAwait(false);
        var reason = _stop.IsCancellationRequested ? LiveDataDisconnectReason.ByUser
            : closeStatus == WebSocketCloseStatus.PolicyViolation ? LiveDataDisconnectReason.AuthenticationFailed
            : LiveDataDisconnectReason.ServerClosed;
        return new ConnectionEnd(reason, closeStatus, closeDescription);
    }

    private async Task EndAsync(OpenConnection connection, LiveDataDisconnectReason reason)
    {
        await connection.DisposeAsync().ConfigureAwait(false);
        _counters.Metrics?.ConnectionClosed();
        _ingest.ConnectionEnded();
        _lastDisconnect = reason;
    }
}
