using ShotTracker.LiveData.Redis.Streams;
using ShotTracker.LiveData.Testing;
using ShotTracker.LiveData.Tests.Shared;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>
/// Two relay processes (samples/RelayHost) active-active on game <c>g1</c> of a paced emulator, and a
/// RedisLiveDataClient reading the game live: ready once both relays follow the game and the consumer reads on.
/// </summary>
/// <remarks>
/// The first relay leads (it started first, so its replay of the game is ahead); the second mostly finds its messages
/// already written. The game is slow enough to be still running when both have started.
/// </remarks>
internal sealed class TwoRelayProcesses : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _connection;

    private TwoRelayProcesses(RedisServer redis, LiveDataEmulator emulator, ConnectionMultiplexer connection)
    {
        Redis = redis;
        Emulator = emulator;
        _connection = connection;
        Client = RedisClients.Create(redis);
        Consumer = LiveConsumer.Start(Client);
    }

    public RedisServer Redis { get; }

    public LiveDataEmulator Emulator { get; }

    public RedisLiveDataClient Client { get; }

    public LiveConsumer Consumer { get; }

    public ChildProcess First { get; private set; } = null!;

    public ChildProcess Second { get; private set; } = null!;

    public IDatabase Database => _connection.GetDatabase();

    public RedisGameKeys Keys { get; } = GameStreams.Keys();

    public long[] Expected => GameStreams.ExpectedSequences(Emulator);

    public static async Task<TwoRelayProcesses> StartAsync(int seed)
    {
        var redis = await RedisServer.StartAsync();
        var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed),
            Pace = LiveDataReplayPace.Speed(5),
        });
        var setup = new TwoRelayProcesses(redis, emulator, await redis.ConnectAsync());
        setup.First = RelayProcess.Start(emulator, redis);
        await setup.First.WaitForLineAsync(RelayProcess.FollowingLine, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(() => setup.Client.LastSequence is not null, "the consumer to read the first relay's first seq");
        setup.Second = RelayProcess.Start(emulator, redis);
        await setup.Second.WaitForLineAsync(RelayProcess.FollowingLine, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(() => emulator.ConnectionsAccepted >= 2, "both relays to follow the game");
        var seen = setup.Consumer.Sequences().Length;
        await Eventually.TrueAsync(() => setup.Consumer.Sequences().Length > seen, "the consumer to read on while both relays run");
        return setup;
    }

    /// <summary>How many end markers the game's seq stream holds: 0 while the game runs, then exactly 1.</summary>
    public async Task<int> EndMarkersAsync() =>
        (await GameStreams.ReadAsync(Database, Keys.Sequenced)).Count(e => !e[EntryFields.End].IsNull);

    public async ValueTask DisposeAsync()
    {
        First?.Dispose();
        Second?.Dispose();
        await Client.DisposeAsync();
        _connection.Dispose();
        await Emulator.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
