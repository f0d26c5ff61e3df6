using System.Net.WebSockets;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Server;

/// <summary>The receive side: pings, the client's close, and the normal close at the end of the game.</summary>
internal sealed partial class EmulatorConnection
{
    private const int MaxClientMessage = 64 * 1024;

    private async Task ReceiveLoopAsync(CancellationTokenSource connection)
    {
        var buffer = new byte[4096];
        var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, connection.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync().ConfigureAwait(false);
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxClientMessage)
                {
                    return;
                }

                if (result.EndOfMessage)
                {
                    if (result.MessageType == WebSocketMessageType.Text && IsPing(message.GetBuffer().AsSpan(0, (int)message.Length)))
                    {
                        _emulator.RecordPing();
                        if (!_faults.IgnorePings)
                        {
                            await SendAsync(Pong, connection.Token).ConfigureAwait(false);
                        }
                    }

                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or InvalidOperationException or IOException)
        {
            // The client went away or the connection was aborted.
        }
        finally
        {
            // Whatever ended the receive side ends the stream too (a no-op once the stream has finished).
            try
            {
                await connection.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The stream side has already finished.
            }
        }
    }

    /// <summary>The client started the close handshake: complete it, unless the server already did.</summary>
    private async Task AnswerCloseAsync()
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_closeSent && _socket.State == WebSocketState.CloseReceived)
            {
                _closeSent = true;
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed by client", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake (1000 at the end of the game, 1001 for a lifetime); false when the socket was no longer open.</summary>
    private async Task<bool> CloseAsync(WebSocketCloseStatus status, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closeSent || _socket.State != WebSocketState.Open)
            {
                return false;
            }

            _closeSent = true;
            var reason = status == WebSocketCloseStatus.NormalClosure ? "game over" : "connection lifetime reached";
            await _socket.CloseOutputAsync(status, reason, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static bool IsPing(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("ping"u8);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: not a ping.
        }

        return false;
    }
}
