using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>RedisLiveDataClient reading games a real relay wrote into a real redis-server from the emulator on a real socket.</summary>
public sealed class RedisLiveDataClientTests
{
    private static Task<LiveDataEmulator> StartEmulatorAsync(int seed = 1) =>
        LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(seed), Pace = LiveDataReplayPace.AsFastAsPossible });

    private static Task RelayWholeGameAsync(LiveDataEmulator emulator, RedisServer redis) => RelayHarness.RelayWholeGameAsync(emulator, redis);

    [Fact]
    public async Task StreamAsync_RelayedWholeGame_YieldsTheDirectClientsSequencedEventsOnceInOrderAndEnds()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync();
        await RelayWholeGameAsync(emulator, redis);
        var direct = await RedisClients.DirectSequencedAsync(emulator);

        await using var client = RedisClients.Create(redis);
        var states = new List<LiveDataConnectionState>();
        client.ConnectionStateChanged += (_, e) => states.Add(e.State);
        var events = await RedisClients.ReadAllAsync(client);

        RedisClients.Sequenced(events).Should().Equal(direct, "the same typed sequenced events, each once and in order");
        events.Should().NotContain(e => e is InvalidLiveDataEvent);
        client.LastSequence.Should().Be(GameStreams.ExpectedSequences(emulator)[^1]);
        client.State.Should().Be(LiveDataConnectionState.Closed);
        states.Should().Equal(LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed);
    }

    [Fact]
    public async Task LiveGameRunAsync_OnTheRedisClient_EndsWithTheEmulatorsBoxScore()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 2);
        await RelayWholeGameAsync(emulator, redis);

        await using var client = RedisClients.Create(redis);
        var final = await new LiveGame().RunAsync(client.StreamAsync()).DefaultTimeout();

        var truth = emulator.BoxScore!;
        final.Teams.ToDictionary(t => t.Id.ToString(), t => t.Score).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            [truth.Home.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = truth.Home.Points,
            [truth.Away.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = truth.Away.Points,
        });
    }

    [Fact]
    public async Task StreamAsync_FromLastSequence_YieldsOnlyTheLaterSequencedEventsAndRaisesResumed()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 4);
        await RelayWholeGameAsync(emulator, redis);
        var direct = await RedisClients.DirectSequencedAsync(emulator);
        var sequences = GameStreams.ExpectedSequences(emulator);
        var checkpoint = sequences[sequences.Length / 2];

        await using var client = RedisClients.Create(redis, lastSequence: checkpoint);
        var resumed = new List<LiveDataResumedEventArgs>();
        client.Resumed += (_, e) => resumed.Add(e);
        var events = await RedisClients.ReadAllAsync(client);

        RedisClients.Sequenced(events).Should().Equal(direct.Skip(sequences.Length / 2 + 1));
        resumed.Should().ContainSingle().Which.FromSequence.Should().Be(checkpoint);
    }

    [Fact]
    public async Task StreamAsync_LateJoiner_FirstGetsTheNewestSummaryClockAndLocation()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 6);
        await RelayWholeGameAsync(emulator, redis);
        var sequences = GameStreams.ExpectedSequences(emulator);
        var newest = new Dictionary<string, string>();
        foreach (var message in emulator.Timeline.Where(m => m.Sequence is null && m.Source is "location" or "clock" or "broadcastsummary"))
        {
            newest[message.Source!] = LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(message.Utf8Json.Span));
        }

        // Joins after the last seq: all that is left is the state, then the end.
        await using var client = RedisClients.Create(redis, lastSequence: sequences[^1]);
        var events = await RedisClients.ReadAllAsync(client);

        events.Should().HaveCount(newest.Count);
        events.Select(LiveDataMessageSerializer.SerializeToString).Should().BeEquivalentTo(newest.Values, "the newest frame of each non-sequenced source");
    }

    [Fact]
    public async Task StreamAsync_TwoRelaysActiveActive_EverySeqOnceAndNoNonSequencedFrameTwice()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 3);
        await using (var a = await RelayHarness.StartAsync(emulator, redis))
        await using (var b = await RelayHarness.StartAsync(emulator, redis))
        {
            await a.WaitForGamesEndedAsync();
            await b.WaitForGamesEndedAsync();
        }

        await using var client = RedisClients.Create(redis);
        var events = await RedisClients.ReadAllAsync(client);

        events.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(GameStreams.ExpectedSequences(emulator));
        events.Where(e => e.Sequence is null).Select(LiveDataMessageSerializer.SerializeToString).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task StreamAsync_RedisRestartedMidGame_ReconnectsAndLosesNothing()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 5),
            Pace = LiveDataReplayPace.Speed(20),
        });
        await using var harness = await RelayHarness.StartAsync(emulator, redis);
        await using var client = RedisClients.Create(redis);
        var states = new List<LiveDataConnectionState>();
        client.ConnectionStateChanged += (_, e) => states.Add(e.State);
        var events = new List<LiveDataEvent>();
        using var fiveReceived = new SemaphoreSlim(0);
        var reading = Task.Run(async () =>
        {
            await foreach (var item in client.StreamAsync())
            {
                events.Add(item);
                if (events.Count(e => e.Sequence is not null) == 5)
                {
                    fiveReceived.Release();
                }
            }
        });

        (await fiveReceived.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        harness.Relay.GetStatistics().GamesEnded.Should().Be(0, "the game must still be running when Redis is killed");
        await redis.KillAsync();
        await Eventually.TrueAsync(() => client.State == LiveDataConnectionState.Reconnecting, "the client to see Redis gone");
        await redis.RestartAsync();
        await reading.DefaultTimeout();

        events.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(GameStreams.ExpectedSequences(emulator));
        states.Should().ContainInOrder(LiveDataConnectionState.Connected, LiveDataConnectionState.Reconnecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed);
    }

    [Fact]
    public void Constructor_InvalidOptions_NamesTheOption()
    {
        var noGame = () => new RedisLiveDataClient(new RedisLiveDataClientOptions { Configuration = "localhost" });
        noGame.Should().Throw<ArgumentException>().WithMessage("*GameId*");
        var noRedis = () => new RedisLiveDataClient(new RedisLiveDataClientOptions { GameId = "g1" });
        noRedis.Should().Throw<ArgumentException>().WithMessage("*Configuration*");
        var negative = () => new RedisLiveDataClient(new RedisLiveDataClientOptions { Configuration = "localhost", GameId = "g1", LastSequence = -1 });
        negative.Should().Throw<ArgumentException>().WithMessage("*LastSequence*");

        // The delivery options are checked by the core's one check, reported under this client's options type.
        var noBuffer = () => new RedisLiveDataClient(new RedisLiveDataClientOptions { Configuration = "localhost", GameId = "g1", EventBufferCapacity = 0 });
        noBuffer.Should().Throw<ArgumentException>().WithMessage("RedisLiveDataClientOptions.EventBufferCapacity must be positive, but is 0.*");
        var unknownSource = () => new RedisLiveDataClient(new RedisLiveDataClientOptions { Configuration = "localhost", GameId = "g1", Sources = { (LiveDataSource)99 } });
        unknownSource.Should().Throw<ArgumentException>().WithMessage("RedisLiveDataClientOptions.Sources contains a value that is not a LiveDataSource.*");
        var keepLatestChart = () => new RedisLiveDataClient(new RedisLiveDataClientOptions
        {
            Configuration = "localhost",
            GameId = "g1",
            BackpressurePolicies = { [LiveDataSource.Chart] = LiveDataBackpressurePolicy.KeepLatest },
        });
        keepLatestChart.Should().Throw<ArgumentException>().WithMessage("RedisLiveDataClientOptions.BackpressurePolicies *'chart', a sequenced source*");
    }

    [Fact]
    public async Task ToString_ConfigurationWithPassword_NeverShowsIt()
    {
        await using var client = new RedisLiveDataClient(new RedisLiveDataClientOptions { Configuration = "127.0.0.1:1,password=s3cret-pw", GameId = "g1" });
        client.ToString().Should().NotContain("s3cret-pw").And.Contain("127.0.0.1:1");
        new RedisLiveDataClientOptions { Configuration = "127.0.0.1:1,password=s3cret-pw", GameId = "g1" }.ToString().Should().NotContain("s3cret-pw");
    }
}
