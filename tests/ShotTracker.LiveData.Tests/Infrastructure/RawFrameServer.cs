using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// A WebSocket server written against a bare TCP socket: it answers one handshake, writes pre-encoded frames in large
/// chunks, then closes with 1000. It allocates nothing per message, so allocation measured in this process while it
/// sends is the client's own.
/// </summary>
internal sealed class RawFrameServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    private RawFrameServer(byte[] frames)
    {
        _listener.Start();
        Endpoint = new Uri($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/live");
        _serving = ServeAsync(frames);
    }

    public Uri Endpoint { get; }

    /// <summary>Starts a server that sends every message of <paramref name="messages"/> once, in order, then closes.</summary>
    public static RawFrameServer Start(IEnumerable<byte[]> messages)
    {
        using var frames = new MemoryStream();
        foreach (var message in messages)
        {
            WriteFrame(frames, 0x81, message);
        }

        WriteFrame(frames, 0x88, [0x03, 0xE8]); // close, 1000
        return new RawFrameServer(frames.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving.TimeoutAfter(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
        {
            // The client went away first.
        }
    }

    private static void WriteFrame(Stream stream, byte opcode, byte[] payload)
    {
        stream.WriteByte(opcode);
        if (payload.Length < 126)
        {
            stream.WriteByte((byte)payload.Length);
        }
        else if (payload.Length <= ushort.MaxValue)
        {
            stream.WriteByte(126);
            stream.WriteByte((byte)(payload.Length >> 8));
            stream.WriteByte((byte)payload.Length);
        }
        else
        {
            stream.WriteByte(127);
            for (var shift = 56; shift >= 0; shift -= 8)
            {
                stream.WriteByte((byte)((long)payload.Length >> shift));
            }
        }

        stream.Write(payload, 0, payload.Length);
    }

    private async Task ServeAsync(byte[] frames)
    {
        using var tcp = await _listener.AcceptTcpClientAsync();
        var stream = tcp.GetStream();
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var key = request.ToString().Split("\r\n")
            .First(l => l.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))
            .Split(':', 2)[1].Trim();
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"));
        for (var offset = 0; offset < frames.Length; offset += 64 * 1024)
        {
            await stream.WriteAsync(frames.AsMemory(offset, Math.Min(64 * 1024, frames.Length - offset)));
        }

        // Wait for the client's close frame (or its end of the connection), then close the TCP connection first, as a
        // server does.
        int received;
        while ((received = await stream.ReadAsync(buffer)) > 0 && buffer[0] != 0x88)
        {
        }
    }
}
