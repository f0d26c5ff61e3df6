using System.Net.WebSockets;
using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// Receive only: the <see cref="FloorConsumer"/> without its <see cref="System.Text.Json.Utf8JsonReader"/> pass. Each
/// message is received into one reused buffer and only its send stamp is looked up (the same search the floor does),
/// so this is the fastest any consumer of the blast server can go. When it runs well above the floor, the server is
/// not what limits the floor; when it runs near it, the floor and every ratio to it are the server's.
/// </summary>
internal sealed class ReceiveOnlyConsumer : IFeedConsumer
{
    public string Name => "receive";

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

            if (assembler.Advance(result.Count, result.EndOfMessage))
            {
                meter.OnMessage(FeedSource.StampOf(assembler.Message));
            }
        }
    }
}
