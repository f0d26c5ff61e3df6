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
    private readonly bool _owned;

    private RedisFleetMember(RedisLiveDataClient client, bool owned, long[] received, int index, CancellationToken cancellationToken)
    {
        _client = client;
        _owned = owned;
        Reading = ClientFleetMember.ReadAsync(client, received, index, cancellationToken);
    }

    public Task Reading { get; }

    public long Reconnects => _owned ? _client.GetStatistics().Reconnects : 0;

    public static IFleetMember Start(FleetSettings settings, RedisFleetShare share, long[] received, int index, CancellationToken cancellationToken) =>
        share.Client is { } client
            ? new RedisFleetMember(client, owned: false, received, index, cancellationToken)
            : new RedisFleetMember(RedisFleetShare.CreateClient(settings, share.Connection), owned: true, received, index, cancellationToken);

    public ValueTask DisposeAsync() => _owned ? _client.DisposeAsync() : ValueTask.CompletedTask;
}
