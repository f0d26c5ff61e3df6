using System.Net;
using System.Net.WebSockets;
using System.Text;

namespace ShotTracker.LiveData.Testing.Tests;

/// <summary>A raw <see cref="ClientWebSocket"/> client for the emulator: what any WebSocket client would see.</summary>
internal sealed class TestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;

    private TestClient(ClientWebSocket socket)
    {
        _socket = socket;
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Gets the largest single frame received so far, in bytes.</summary>
    public int LargestFrame { get; private set; }

    /// <summary>Gets the <c>Sec-WebSocket-Extensions</c> the server agreed to.</summary>
    public string NegotiatedExtensions =>
        _socket.HttpResponseHeaders is { } headers && headers.TryGetValue("Sec-WebSocket-Extensions", out var values) ? string.Join(",", values) : string.Empty;

    public static Uri BuildUri(LiveDataEmulator emulator, string? query = null, string? token = null) =>
        new($"{emulator.Endpoint}?token={Uri.EscapeDataString(token ?? emulator.Token)}{(string.IsNullOrEmpty(query) ? string.Empty : "&" + query)}");

    public static async Task<TestClient> ConnectAsync(LiveDataEmulator emulator, string? query = null, string? token = null, bool compress = false)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.Options.CollectHttpResponseDetails = true;
        if (compress)
        {
            socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        }

        await socket.ConnectAsync(BuildUri(emulator, query, token), CancellationToken.None).WithTimeout();
        return new TestClient(socket);
    }

    /// <summary>Tries a handshake that is expected to fail and returns the HTTP status the server answered.</summary>
    public static async Task<HttpStatusCode> RefusedStatusAsync(LiveDataEmulator emulator, string? query = null, string? token = null)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var connect = () => socket.ConnectAsync(BuildUri(emulator, query, token), CancellationToken.None).WithTimeout();
        await connect.Should().ThrowAsync<WebSocketException>();
        return socket.HttpStatusCode;
    }

    /// <summary>Receives one whole message; <see langword="null"/> when the server closed.</summary>
    public async Task<byte[]?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, CancellationToken.None).WithTimeout(timeout);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            LargestFrame = Math.Max(LargestFrame, result.Count);
            if (result.EndOfMessage)
            {
                return buffer.ToArray();
            }
        }
    }

    public async Task<string?> ReceiveTextAsync(TimeSpan? timeout = null) =>
        await ReceiveAsync(timeout) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Reads until the server closes (Closed) or the connection breaks (Aborted).</summary>
    public async Task<(List<byte[]> Messages, bool Aborted)> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var messages = new List<byte[]>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            while (await ReceiveAsync(deadline - DateTime.UtcNow) is { } message)
            {
                messages.Add(message);
            }
        }
        catch (WebSocketException)
        {
            return (messages, true);
        }

        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WithTimeout();
        return (messages, false);
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).WithTimeout();

    public Task CloseAsync() => _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).WithTimeout();

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
