using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.EndToEnd.Server;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// <c>client</c>: a <see cref="LiveDataClient"/> with the default options (keep-alive, dedupe, counters, metrics, a
/// logger at Information) read with <c>await foreach</c>, counting every event it hands out.
/// </summary>
internal sealed class ClientFleetMember : IFleetMember
{
    private readonly LiveDataClient _client;

    private ClientFleetMember(LiveDataClient client, long[] received, int index, CancellationToken cancellationToken)
    {
        _client = client;
        Reading = ReadAsync(client, received, index, cancellationToken);
    }

    public Task Reading { get; }

    public long Reconnects => _client.GetStatistics().Reconnects;

    public static IFleetMember Start(ServerProcess server, string serverName, long[] received, int index, CancellationToken cancellationToken)
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = server.Endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(server.Token),
            AllowInsecureTransport = true,
        };
        if (serverName != "game")
        {
            options.Sources.Add(Feed.FeedSource.Get(serverName).Source);
        }

        return new ClientFleetMember(new LiveDataClient(options, new DiscardingLogger<LiveDataClient>()), received, index, cancellationToken);
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    /// <summary>Reads <paramref name="client"/> until cancelled, counting every event into <paramref name="received"/>.</summary>
    public static async Task ReadAsync(ILiveDataClient client, long[] received, int index, CancellationToken cancellationToken)
    {
        // Pongs never reach the stream (the client consumes them), so every item counts.
        await foreach (var item in client.StreamAsync(cancellationToken))
        {
            Volatile.Write(ref received[index], received[index] + 1);
        }
    }
}
