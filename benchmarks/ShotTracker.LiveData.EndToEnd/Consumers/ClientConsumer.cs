using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// What a user gets: <see cref="LiveDataClient.StreamAsync"/> with the default options (keep-alive, dedupe, counters,
/// metrics on the shared meter, a logger at Information), one source, read with <c>await foreach</c>. With
/// <paramref name="listen"/>, a <see cref="System.Diagnostics.Metrics.MeterListener"/> records every instrument of the
/// SDK's meter while it runs, as an app exporting metrics would.
/// </summary>
internal sealed class ClientConsumer(bool listen) : IFeedConsumer
{
    public string Name => listen ? "client+listener" : "client";

    public async Task RunAsync(Uri endpoint, string token, FeedSource source, MessageMeter meter, CancellationToken cancellationToken)
    {
        using var listener = listen ? SdkMetricsListener.Start() : null;
        var options = new LiveDataClientOptions
        {
            Endpoint = endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(token),
            AllowInsecureTransport = true,
        };
        options.Sources.Add(source.Source);
        await using var client = new LiveDataClient(options, new DiscardingLogger<LiveDataClient>());
        await ReadAsync(client, source, meter, cancellationToken);
    }

    /// <summary>Reads <paramref name="client"/> with <c>await foreach</c> to the end, metering every event of the source.</summary>
    public static async Task ReadAsync(ILiveDataClient client, FeedSource source, MessageMeter meter, CancellationToken cancellationToken)
    {
        await foreach (var item in client.StreamAsync(cancellationToken))
        {
            if (item.Source == source.Source)
            {
                meter.OnMessage(FeedSource.StampOf(item));
            }
        }
    }
}
