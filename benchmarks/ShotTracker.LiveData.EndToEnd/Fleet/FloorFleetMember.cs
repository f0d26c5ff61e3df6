using System.Net.WebSockets;
using ShotTracker.LiveData.Benchmarks;
using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Feed;
using ShotTracker.LiveData.EndToEnd.Server;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// <c>floor</c>: a raw <see cref="ClientWebSocket"/> on the same subscription URI the client builds, receiving each
/// message into one reused 16 KB buffer (the client's initial receive buffer) and doing one <see cref="ReaderFloor"/>
/// pass over it. It sends <c>{"type":"ping"}</c> every <see cref="PingInterval"/> (the client's default interval; the client
/// sends nothing else), so both do the same socket work but for the runtime's own WebSocket keep-alive, which this
/// floor leaves on (an unsolicited pong every 30 s and a second timer per connection) and the client turns off; it reads the pongs and counts all else.
/// </summary>
internal sealed class FloorFleetMember : IFleetMember
{
    /// <summary>The client's default <see cref="LiveDataClientOptions.PingInterval"/>.</summary>
    public static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);

    private static readonly byte[] Ping = "{\"type\":\"ping\"}"u8.ToArray();
    private static readonly byte[] PongStart = "{\"type\":\"pong\""u8.ToArray();

    private ClientWebSocket _socket = new();

    private FloorFleetMember(Uri uri, long[] received, int index, CancellationToken cancellationToken)
    {
        Reading = RunAsync(uri, received, index, cancellationToken);
    }

    public Task Reading { get; }

    public long Reconnects => 0;

    /// <summary>Gets the sum of the reader passes, so the JIT cannot drop them.</summary>
    public double Sink { get; private set; }

    public static IFleetMember Start(ServerProcess server, string serverName, long[] received, int index, CancellationToken cancellationToken)
    {
        var uri = serverName == "game"
            ? FeedUri.Subscribe(server.Endpoint, server.Token, source: null)
            : FeedUri.Subscribe(server.Endpoint, server.Token, FeedSource.Get(serverName));
        return new FloorFleetMember(uri, received, index, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task RunAsync(Uri uri, long[] received, int index, CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(uri, cancellationToken);
            var pinging = PingAsync(cancellationToken);
            await ReceiveAsync(received, index, cancellationToken);
            await pinging;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    /// <summary>Connects, retrying as the client's reconnect policy would when a wave of handshakes overflows the backlog.</summary>
    private async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _socket.ConnectAsync(uri, cancellationToken);
                return;
            }
            catch (WebSocketException) when (attempt < 10 && !cancellationToken.IsCancellationRequested)
            {
                _socket.Dispose();
                _socket = new ClientWebSocket();
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    private async Task ReceiveAsync(long[] received, int index, CancellationToken cancellationToken)
    {
        var assembler = new MessageAssembler(16 * 1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(assembler.Free, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            if (!assembler.Advance(result.Count, result.EndOfMessage))
            {
                continue;
            }

            var message = assembler.Message;
            Sink += ReaderFloor.Scan(message);
            if (!message.StartsWith(PongStart))
            {
                Volatile.Write(ref received[index], received[index] + 1);
            }
        }
    }

    private async Task PingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(PingInterval, cancellationToken);
            await _socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
    }
}
