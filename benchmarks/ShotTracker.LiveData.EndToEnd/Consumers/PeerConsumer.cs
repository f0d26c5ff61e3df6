using System.Net.WebSockets;
using System.Text.Json;
using ShotTracker.LiveData.Benchmarks;
using ShotTracker.LiveData.EndToEnd.Feed;
using Websocket.Client;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// The peer: what an app would write without this SDK. Websocket.Client (its defaults, reconnection off so the run
/// ends at the server's close) hands each message over as a string, and reflection-based
/// <see cref="JsonSerializer"/> binds it to plain classes with the same fields.
/// </summary>
internal sealed class PeerConsumer : IFeedConsumer
{
    private static readonly JsonSerializerOptions Options = new();

    public string Name => "peer";

    public async Task RunAsync(Uri endpoint, string token, FeedSource source, MessageMeter meter, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new WebsocketClient(FeedUri.Subscribe(endpoint, token, source))
        {
            IsReconnectionEnabled = false,
        };
        using var messages = client.MessageReceived.Subscribe(message =>
        {
            if (message.MessageType != WebSocketMessageType.Text || message.Text is not { } text)
            {
                return;
            }

            meter.OnMessage(Parse(source.Source, text));
            if (meter.IsComplete)
            {
                done.TrySetResult();
            }
        });
        using var disconnections = client.DisconnectionHappened.Subscribe(_ => done.TrySetResult());
        await client.StartOrFail();
        await done.Task.WaitAsync(cancellationToken);
    }

    private static long Parse(LiveDataSource source, string text) => source switch
    {
        LiveDataSource.Location => JsonSerializer.Deserialize<PlainEnvelope<PlainLocationData>>(text, Options)?.Data?.Locations?[0].T ?? 0,
        LiveDataSource.Chart => JsonSerializer.Deserialize<PlainEnvelope<PlainChartData>>(text, Options)?.Data?.T ?? 0,
        _ => JsonSerializer.Deserialize<PlainEnvelope<PlainClockData>>(text, Options) is null ? 0 : 0,
    };
}
