using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>Follows one game through <see cref="LiveDataClient"/> and <see cref="LiveGame"/>, and publishes it to the relay.</summary>
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
        foreach (var source in Sources)
        {
            options.Sources.Add(source);
            // A late frame is worth nothing: keep the newest positions and clocks when the relay falls behind.
            if (source is LiveDataSource.Location or LiveDataSource.Clock)
            {
                options.BackpressurePolicies[source] = LiveDataBackpressurePolicy.KeepLatest;
            }
        }

        return options;
    }

    /// <summary>Streams the game until it ends; the relay's link says live, reconnecting, final or failed.</summary>
    public static async Task RunAsync(LiveDataClientOptions options, GameRelay relay, TextWriter output, CancellationToken cancellationToken)
    {
        await using var client = new LiveDataClient(options);
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
