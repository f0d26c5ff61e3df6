using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Redis;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// Follows one game through an <see cref="ILiveDataClient"/> (a <see cref="LiveDataClient"/> on the WebSocket, or a
/// <see cref="RedisLiveDataClient"/> behind a relay) and <see cref="LiveGame"/>, and publishes it to the page's relay.
/// </summary>
internal static class GameFeed
{
    // Positions and clocks drive the court, the rest the scoreboard, box score and shot chart.
    internal static readonly LiveDataSource[] Sources =
    [
        LiveDataSource.Location, LiveDataSource.Clock, LiveDataSource.Chart, LiveDataSource.BoxScoreStats,
        LiveDataSource.BroadcastSummary, LiveDataSource.Marker, LiveDataSource.Possessions,
    ];

    public static LiveDataClientOptions ClientOptions(Uri endpoint, string token, bool insecure, TimeSpan reconnectDelay)
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(token),
            AllowInsecureTransport = insecure,
            Reconnect = new ReconnectOptions { Delay = reconnectDelay },
        };
        Deliver(options.Sources, options.BackpressurePolicies);
        return options;
    }

    /// <summary>The same game read from the Redis streams a relay writes (<c>samples/RelayHost</c>).</summary>
    public static RedisLiveDataClientOptions RedisClientOptions(string configuration, string gameId, TimeSpan retryDelay)
    {
        var options = new RedisLiveDataClientOptions { Configuration = configuration, GameId = gameId, RetryDelay = retryDelay };
        Deliver(options.Sources, options.BackpressurePolicies);
        return options;
    }

    private static void Deliver(ISet<LiveDataSource> sources, IDictionary<LiveDataSource, LiveDataBackpressurePolicy> policies)
    {
        foreach (var source in Sources)
        {
            sources.Add(source);
            // A late frame is worth nothing: keep the newest positions and clocks when the relay falls behind.
            if (source is LiveDataSource.Location or LiveDataSource.Clock)
            {
                policies[source] = LiveDataBackpressurePolicy.KeepLatest;
            }
        }
    }

    /// <summary>Streams the game until it ends; the relay's link says live, reconnecting, final or failed.</summary>
    public static async Task RunAsync(ILiveDataClient client, GameRelay relay, TextWriter output, CancellationToken cancellationToken)
    {
        await using var owned = client;
        client.ConnectionStateChanged += (_, e) => relay.SetLink(e.State switch
        {
            LiveDataConnectionState.Connected => RelayLink.Live,
            LiveDataConnectionState.Reconnecting => RelayLink.Reconnecting,
            _ => relay.Current.Link,
        });
        var game = new LiveGame();
        try
        {
            await foreach (var e in client.StreamAsync(cancellationToken))
            {
                if (game.Apply(e) is { } change)
                {
                    relay.Publish(change);
                }
            }

            relay.SetLink(RelayLink.Final);
            await output.WriteLineAsync($"The game has ended: {string.Join("  -  ", game.Current.Teams.Select(t => $"{t.DisplayName} {t.Score}"))}. The page keeps showing it; Ctrl+C to stop.");
        }
        catch (LiveDataException ex)
        {
            relay.SetLink(RelayLink.Failed);
            await output.WriteLineAsync($"The stream failed: {ex.Message}");
        }
    }
}
