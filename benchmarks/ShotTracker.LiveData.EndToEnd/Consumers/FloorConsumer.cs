using System.Net.WebSockets;
using ShotTracker.LiveData.Benchmarks;
using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// The floor: a raw <see cref="ClientWebSocket"/> reading each message into one reused buffer and one
/// <see cref="System.Text.Json.Utf8JsonReader"/> pass over it (<see cref="ReaderFloor"/>), building nothing. No client
/// that hands out typed events can be faster.
/// </summary>
/// <remarks>
/// Without the reader pass (<c>receive</c>, issue 21) only the send stamp is looked up, the search the floor does too:
/// the most any consumer can get out of the blast server. Well above the floor, the server does not limit the floor;
/// near it, the floor and every ratio to it are the server's.
/// </remarks>
/// <param name="scan">Whether to make the reader pass (<c>floor</c>) or only receive (<c>receive</c>).</param>
internal sealed class FloorConsumer(bool scan = true) : IFeedConsumer
{
    public string Name => scan ? "floor" : "receive";

    public double Sink { get; private set; }

    public async Task RunAsync(Uri endpoint, string token, FeedSource source, MessageMeter meter, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(FeedUri.Subscribe(endpoint, token, source), cancellationToken);
        var assembler = new MessageAssembler(64 * 1024);
        while (true)
        {
            var result = await socket.ReceiveAsync(assembler.Free, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return;
            }

            if (!assembler.Advance(result.Count, result.EndOfMessage))
            {
                continue;
            }

            var message = assembler.Message;
            if (scan)
            {
                Sink += ReaderFloor.Scan(message);
            }

            meter.OnMessage(FeedSource.StampOf(message));
        }
    }
}
