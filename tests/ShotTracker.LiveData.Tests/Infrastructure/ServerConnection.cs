using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>The server side of one accepted WebSocket: scripted sends, recorded receives, automatic pongs.</summary>
internal sealed class ServerConnection
{
    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentQueue<string> _received = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pings;

    public ServerConnection(HttpContext context, WebSocket socket, int index, string extensionsHeader)
    {
        _context = context;
        _socket = socket;
        Index = index;
        ExtensionsHeader = extensionsHeader;
        Query = context.Request.QueryString.Value ?? string.Empty;
        RequestHeaders = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        LastSeq = context.Request.Query.TryGetValue("last_seq", out var value)
            ? long.Parse(value.ToString(), CultureInfo.InvariantCulture)
            : null;
    }

    public int Index { get; }

    public string Query { get; }

    /// <summary>Gets the headers of the handshake request.</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; }

    /// <summary>Gets the <c>last_seq</c> the client connected with, or <see langword="null"/>.</summary>
    public long? LastSeq { get; }

    /// <summary>Gets the <c>Sec-WebSocket-Extensions</c> request header (permessage-deflate offers).</summary>
    public string ExtensionsHeader { get; }

    /// <summary>Gets or sets whether <c>{"type":"ping"}</c> is answered with a pong.</summary>
    public bool AnswerPings { get; set; } = true;

    public IReadOnlyList<string> Received => _received.ToArray();

    public int PingsReceived => Volatile.Read(ref _pings);

    /// <summary>Gets the close status the client sent, if it closed with a handshake.</summary>
    public WebSocketCloseStatus? ClientCloseStatus { get; private set; }

    /// <summary>Completes when the connection is over (client closed or aborted, or the server aborted).</summary>
    public Task Ended => _ended.Task;

    public CancellationToken Aborted => _context.RequestAborted;

    public Task SendAsync(string message) => SendAsync(Encoding.UTF8.GetBytes(message), int.MaxValue);

    /// <summary>Sends one message split into frames of <paramref name="frameSize"/> bytes, as text unless told otherwise.</summary>
    public async Task SendAsync(byte[] message, int frameSize, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        await _sendLock.WaitAsync(_context.RequestAborted);
        try
        {
            for (var offset = 0; offset < message.Length || offset == 0; offset += frameSize)
            {
                var count = Math.Min(frameSize, message.Length - offset);
                var last = offset + count >= message.Length;
                await _socket.SendAsync(new ArraySegment<byte>(message, offset, count), type, last, _context.RequestAborted);
                if (last)
                {
                    break;
                }
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends frames of one never-ending message until sending fails (the client gave up on it).</summary>
    public async Task<long> SendEndlessMessageAsync(int frameSize)
    {
        var frame = Encoding.UTF8.GetBytes("{\"type\":\"data\",\"source\":\"chart\",\"data\":{\"x\":\"" + new string('a', frameSize));
        long sent = 0;
        try
        {
            while (true)
            {
                await _socket.SendAsync(frame, WebSocketMessageType.Text, false, _context.RequestAborted);
                sent += frame.Length;
                frame = Encoding.UTF8.GetBytes(new string('a', frameSize));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return sent;
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status, string description = "")
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync(status, description, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Abort()
    {
        if (_ended.Task.IsCompleted)
        {
            return;
        }

        try
        {
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request is already over.
        }
    }

    private async Task AnswerPingAsync()
    {
        try
        {
            await SendAsync(Messages.Pong);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or ConnectionAbortedException)
        {
            // The connection went away.
        }
    }

    internal async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, _context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseStatus = result.CloseStatus;
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _sendLock.WaitAsync();
                        try
                        {
                            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
                        }
                        finally
                        {
                            _sendLock.Release();
                        }
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                message.SetLength(0);
                _received.Enqueue(text);
                if (text == """{"type":"ping"}""")
                {
                    Interlocked.Increment(ref _pings);
                    if (AnswerPings)
                    {
                        // Not awaited: while the script's send is blocked by a full TCP window the reader keeps reading.
                        _ = AnswerPingAsync();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or ConnectionAbortedException)
        {
            // Aborted by either side.
        }
        finally
        {
            _ended.TrySetResult();
        }
    }
}
