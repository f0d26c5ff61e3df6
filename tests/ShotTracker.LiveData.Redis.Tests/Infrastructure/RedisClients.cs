using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>Builds the clients the reading tests compare: a RedisLiveDataClient on a game, and a direct client on the emulator.</summary>
internal static class RedisClients
{
    public static RedisLiveDataClient Create(RedisServer redis, long? lastSequence = null, string gameId = "g1", Action<RedisLiveDataClientOptions>? configure = null)
    {
        var options = new RedisLiveDataClientOptions
        {
            Configuration = redis.Configuration,
            GameId = gameId,
            LastSequence = lastSequence,
            EmitGapEvents = false,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            MaxRetryDelay = TimeSpan.FromMilliseconds(500),
        };
        configure?.Invoke(options);
        return new RedisLiveDataClient(options);
    }

    /// <summary>Every event a client yields until its stream ends.</summary>
    public static async Task<List<LiveDataEvent>> ReadAllAsync(ILiveDataClient client)
    {
        var events = new List<LiveDataEvent>();
        await Task.Run(async () =>
        {
            await foreach (var item in client.StreamAsync())
            {
                events.Add(item);
            }
        }).DefaultTimeout();
        return events;
    }

    /// <summary>The sequenced events a direct client reads from the emulator, serialized.</summary>
    public static async Task<List<string>> DirectSequencedAsync(LiveDataEmulator emulator)
    {
        var options = new LiveDataClientOptions();
        RelayHarness.ConfigureClient(options, emulator);
        await using var client = new LiveDataClient(options);
        return Sequenced(await ReadAllAsync(client));
    }

    public static List<string> Sequenced(IEnumerable<LiveDataEvent> events) =>
        events.Where(e => e.Sequence is not null).Select(LiveDataMessageSerializer.SerializeToString).ToList();
}
