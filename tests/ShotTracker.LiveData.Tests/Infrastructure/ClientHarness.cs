using System.Collections.Concurrent;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Builds clients against test servers and records what they report.</summary>
internal static class ClientHarness
{
    public const string Token = "s3cr3t-T0KEN-value";

    public static LiveDataClientOptions Options(Uri endpoint, Action<LiveDataClientOptions>? configure = null)
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(Token),
            AllowInsecureTransport = true,
            Reconnect = { Delay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Records every state change.</summary>
    public static ConcurrentQueue<LiveDataConnectionStateChangedEventArgs> RecordStates(this ILiveDataClient client)
    {
        var states = new ConcurrentQueue<LiveDataConnectionStateChangedEventArgs>();
        client.ConnectionStateChanged += (_, e) => states.Enqueue(e);
        return states;
    }

    /// <summary>Reads events until <paramref name="stop"/> says so or the stream ends, within <paramref name="timeout"/> (default 30 s).</summary>
    public static async Task<List<LiveDataEvent>> CollectAsync(this ILiveDataClient client, Func<List<LiveDataEvent>, bool>? stop = null, CancellationToken cancellationToken = default, TimeSpan? timeout = null)
    {
        var events = new List<LiveDataEvent>();
        await CollectCoreAsync(client, events, stop, cancellationToken).TimeoutAfter(timeout ?? TaskExtensions.DefaultTimeoutSpan, nameof(CollectAsync));
        return events;
    }

    /// <summary>Reads until <paramref name="count"/> events arrived.</summary>
    public static Task<List<LiveDataEvent>> CollectAsync(this ILiveDataClient client, int count) =>
        client.CollectAsync(e => e.Count >= count);

    private static async Task CollectCoreAsync(ILiveDataClient client, List<LiveDataEvent> events, Func<List<LiveDataEvent>, bool>? stop, CancellationToken cancellationToken)
    {
        await foreach (var e in client.StreamAsync(cancellationToken))
        {
            events.Add(e);
            if (stop?.Invoke(events) == true)
            {
                return;
            }
        }
    }
}
