using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.Redis;
using StackExchange.Redis;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// What the members of a Redis fleet share, if anything: one multiplexer (<c>--connection shared</c>, which the
/// client's documentation advises against: a blocked <c>XREAD</c> holds its connection), or, for
/// <c>redis-subscribers</c>, one <see cref="RedisLiveDataClient"/> whose read every member joins as a subscriber.
/// </summary>
internal sealed class RedisFleetShare : IAsyncDisposable
{
    private RedisFleetShare(IConnectionMultiplexer? connection, RedisLiveDataClient? client)
    {
        Connection = connection;
        Client = client;
    }

    /// <summary>Gets the multiplexer the members' clients share, or <see langword="null"/> when each opens its own.</summary>
    public IConnectionMultiplexer? Connection { get; }

    /// <summary>Gets the one client every member subscribes to, or <see langword="null"/> when each has its own.</summary>
    public RedisLiveDataClient? Client { get; }

    public static async Task<RedisFleetShare> CreateAsync(FleetSettings settings)
    {
        var connection = settings.SharedConnection ? await ConnectionMultiplexer.ConnectAsync(settings.Redis!) : null;
        var client = settings.Consumer == "redis-subscribers" ? CreateClient(settings, connection) : null;
        return new RedisFleetShare(connection, client);
    }

    /// <summary>A client of the fleet's game with the default options, on <paramref name="connection"/> or its own, logging to <paramref name="logger"/>.</summary>
    public static RedisLiveDataClient CreateClient(FleetSettings settings, IConnectionMultiplexer? connection, DiscardingLogger<RedisLiveDataClient>? logger = null) => new(
        new RedisLiveDataClientOptions
        {
            Configuration = connection is null ? settings.Redis : null,
            Connection = connection,
            GameId = settings.RedisGame,
        },
        logger ?? new DiscardingLogger<RedisLiveDataClient>());

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }
    }
}
