using System.Net.WebSockets;
using ShotTracker.LiveData.Benchmarks;
using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// The floor: a raw <see cref="ClientWebSocket"/> reading each message into one reused buffer and one
/// <see cref="System.Text.Json.Utf8JsonReader"/> pass over it (<see cref="ReaderFloor"/>), building nothing. No client
/// that hands out typed events can be faster.
/// </summary>
internal sealed class FloorConsumer : IFeedConsumer
{
    public string Name => "floor";

    public double Sink { get; private set; }

    public async Task RunAsync(Uri endpoint, string token, FeedSource source, MessageMeter meter, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(FeedUri.Subscribe(endpoint, token, source), cancellationToken);
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return;
            }

            length += result.Count;
            if (!result.EndOfMessage)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                continue;
            }

            var message = buffer.AsSpan(0, length);
            length = 0;
            Sink += ReaderFloor.Scan(message);
            meter.OnMessage(FeedSource.StampOf(message));
        }
    }
}
