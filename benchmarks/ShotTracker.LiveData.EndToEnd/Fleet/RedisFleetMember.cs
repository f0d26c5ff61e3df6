using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.Redis;
using StackExchange.Redis;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// <c>redis</c>: a <see cref="RedisLiveDataClient"/> (default options, a logger at Information) on the game the server
/// process relays into Redis, read with <c>await foreach</c>, counting every event it hands out. It opens its own
/// connection from the configuration string (the documented use), or shares the one multiplexer it is given.
/// </summary>
internal sealed class RedisFleetMember : IFleetMember
{
    private readonly RedisLiveDataClient _client;

    private RedisFleetMember(RedisLiveDataClient client, long[] received, int index, CancellationToken cancellationToken)
    {
        _client = client;
        Reading = ClientFleetMember.ReadAsync(client, received, index, cancellationToken);
    }

    public Task Reading { get; }

    public long Reconnects => _client.GetStatistics().Reconnects;

    public static IFleetMember Start(FleetSettings settings, IConnectionMultiplexer? shared, long[] received, int index, CancellationToken cancellationToken)
    {
        var options = new RedisLiveDataClientOptions
        {
            Configuration = shared is null ? settings.Redis : null,
            Connection = shared,
            GameId = settings.RedisGame,
        };
        return new RedisFleetMember(new RedisLiveDataClient(options, new DiscardingLogger<RedisLiveDataClient>()), received, index, cancellationToken);
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

}
