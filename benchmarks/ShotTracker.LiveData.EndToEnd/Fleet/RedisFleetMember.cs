using ShotTracker.LiveData.EndToEnd.Consumers;
using ShotTracker.LiveData.Redis;

namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>
/// <c>redis</c>: a <see cref="RedisLiveDataClient"/> (default options, a logger at Information) on the game the server
/// process relays into Redis, read with <c>await foreach</c>, counting every event it hands out; it opens its own
/// connection from the configuration string (the documented use), or uses the multiplexer the fleet shares.
/// <c>redis-subscribers</c>: an <c>await foreach</c> over the fleet's one client instead, a subscriber of its read.
/// </summary>
internal sealed class RedisFleetMember : IFleetMember
{
    private readonly RedisLiveDataClient _client;
    private readonly DiscardingLogger<RedisLiveDataClient>? _logger;

    private RedisFleetMember(RedisLiveDataClient client, DiscardingLogger<RedisLiveDataClient>? logger, long[] received, int index, CancellationToken cancellationToken)
    {
        _client = client;
        _logger = logger;
        Reading = ClientFleetMember.ReadAsync(client, received, index, cancellationToken);
    }

    public Task Reading { get; }

    /// <summary>Gets the client's failed reads from Redis (each logged as a warning, then retried after a backoff).</summary>
    public long Reconnects => _logger?.Warnings ?? 0;

    public static IFleetMember Start(FleetSettings settings, RedisFleetShare share, long[] received, int index, CancellationToken cancellationToken)
    {
        if (share.Client is { } client)
        {
            return new RedisFleetMember(client, logger: null, received, index, cancellationToken);
        }

        var logger = new DiscardingLogger<RedisLiveDataClient>();
        return new RedisFleetMember(RedisFleetShare.CreateClient(settings, share.Connection, logger), logger, received, index, cancellationToken);
    }

    public ValueTask DisposeAsync() => _logger is null ? ValueTask.CompletedTask : _client.DisposeAsync();
}
