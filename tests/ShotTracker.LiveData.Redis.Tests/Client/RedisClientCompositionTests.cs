using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Client;

/// <summary>
/// What composes over any <see cref="ILiveDataClient"/> runs on RedisLiveDataClient unchanged, as the core's tests run
/// it on LiveDataClient: the broadcast delay, several subscribers of one client, and a game worker's checkpoints.
/// </summary>
public sealed class RedisClientCompositionTests
{
    private static Task<LiveDataEmulator> StartEmulatorAsync(int seed) =>
        LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(seed), Pace = LiveDataReplayPace.AsFastAsPossible });

    [Fact]
    public async Task WithBroadcastDelay_OnTheRedisClient_HoldsEveryEventUntilTheDelayThenYieldsTheWholeGameInOrder()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 14);
        await RelayHarness.RelayWholeGameAsync(emulator, redis);
        var expected = GameStreams.ExpectedSequences(emulator);
        List<string> undelayed;
        await using (var plain = RedisClients.Create(redis))
        {
            undelayed = (await RedisClients.ReadAllAsync(plain)).Select(LiveDataMessageSerializer.SerializeToString).ToList();
        }

        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(7)) { TimeProvider = time };
        await using var client = RedisClients.Create(redis);
        await using var events = client.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();

        // The delay reads ahead: once it has taken the last seq from the client, it holds the whole game.
        await Eventually.TrueAsync(() => client.LastSequence == expected[^1], "the delay to take the whole game from the client");
        time.Advance(TimeSpan.FromSeconds(6.9));
        await Task.Yield();
        first.IsCompleted.Should().BeFalse("nothing is due before the delay");

        time.Advance(TimeSpan.FromSeconds(0.1));
        var delayed = new List<string>();
        (await first.DefaultTimeout()).Should().BeTrue();
        delayed.Add(LiveDataMessageSerializer.SerializeToString(events.Current));
        while (await events.MoveNextAsync().AsTask().DefaultTimeout())
        {
            delayed.Add(LiveDataMessageSerializer.SerializeToString(events.Current));
        }

        delayed.Should().Equal(undelayed, "the same events in the same order, only later");
    }

    [Fact]
    public async Task StreamAsync_SeveralSubscribersOfOneRedisClient_EachGetsItsSourcesSequencedMessagesExactlyOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 15);
        var expected = GameStreams.ExpectedSequences(emulator);
        long[] Of(string source) => emulator.Timeline.Where(m => m.Sequence is not null && m.Source == source).Select(m => m.Sequence!.Value).ToArray();

        await using var client = RedisClients.Create(redis);
        var charts = new List<LiveDataEvent>();
        var markers = new List<LiveDataEvent>();
        var all = new List<LiveDataEvent>();
        var reading = Task.WhenAll(
            CollectAsync(client.StreamAsync(new LiveDataSubscription { Sources = { LiveDataSource.Chart, LiveDataSource.Clock } }), charts),
            CollectAsync(client.StreamAsync(new LiveDataSubscription { Sources = { LiveDataSource.Marker } }), markers),
            CollectAsync(client.StreamAsync(), all));

        // All three share one read of Redis; the game is relayed only once every one of them has joined it.
        await Eventually.TrueAsync(() => client.GetStatistics().Subscribers == 3, "the three subscribers to join");
        await using (var relay = await RelayHarness.StartAsync(emulator, redis))
        {
            await relay.WaitForGamesEndedAsync();
        }

        await reading.TimeoutAfter(TimeSpan.FromSeconds(90));

        charts.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(Of("chart"));
        charts.Where(e => e.Sequence is null).Should().NotBeEmpty().And.OnlyContain(e => e is ClockEvent);
        markers.Select(e => e.Sequence).Should().Equal(Of("marker").Cast<long?>(), "only its source, every seq once");
        all.Where(e => e.Sequence is not null).Select(e => e.Sequence!.Value).Should().Equal(expected);
    }

    [Fact]
    public async Task GameWorker_OverRedisClientsWithAFileCheckpointStore_ResumesAfterItsCheckpointAndHandlesEachSeqOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await StartEmulatorAsync(seed: 16);
        await RelayHarness.RelayWholeGameAsync(emulator, redis);
        var expected = GameStreams.ExpectedSequences(emulator);
        var directory = Directory.CreateTempSubdirectory("redis-checkpoints-").FullName;
        try
        {
            // The first host handles ten seqs, then stops while the eleventh is being handled (so it is not saved).
            var firstRun = new HandledLog { StopAfter = 10 };
            await using (var host = WorkerHost.Start(redis, directory, firstRun))
            {
                await firstRun.Stopped.Task.DefaultTimeout();
            }

            var saved = await new FileLiveDataCheckpointStore(directory).LoadAsync("g1").DefaultTimeout();
            saved.Should().Be(expected[9], "the last seq whose handler finished");

            // A new host, new RedisLiveDataClient from the checkpoint: the rest of the game, to its end.
            var secondRun = new HandledLog();
            await using (var host = WorkerHost.Start(redis, directory, secondRun))
            {
                await host.Worker.ExecuteTask!.DefaultTimeout();
            }

            firstRun.Sequences.Concat(secondRun.Sequences).Should().Equal(expected, "each seq handled once across the restart");
            (await new FileLiveDataCheckpointStore(directory).LoadAsync("g1").DefaultTimeout()).Should().Be(expected[^1]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task CollectAsync(IAsyncEnumerable<LiveDataEvent> stream, List<LiveDataEvent> into) =>
        await Task.Run(async () =>
        {
            await foreach (var item in stream)
            {
                into.Add(item);
            }
        });

    /// <summary>What one host's worker handled; it blocks at the <see cref="StopAfter"/>-plus-first seq until the host stops.</summary>
    private sealed class HandledLog
    {
        public int? StopAfter { get; init; }

        public List<long> Sequences { get; } = [];

        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Worker(HandledLog log) : LiveDataGameWorker
    {
        protected override async ValueTask HandleAsync(LiveDataEvent liveDataEvent, CancellationToken cancellationToken)
        {
            if (liveDataEvent.Sequence is not { } sequence)
            {
                return;
            }

            if (log.Sequences.Count == log.StopAfter)
            {
                log.Stopped.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            log.Sequences.Add(sequence);
        }
    }

    /// <summary>A Live Data configuration whose clients are RedisLiveDataClients, with a file checkpoint store and the worker of g1.</summary>
    private sealed class WorkerHost : IAsyncDisposable
    {
        private readonly ServiceProvider _services;

        private WorkerHost(ServiceProvider services)
        {
            _services = services;
            Worker = _services.GetServices<IHostedService>().OfType<Worker>().Single();
        }

        public Worker Worker { get; }

        public static WorkerHost Start(RedisServer redis, string directory, HandledLog log)
        {
            var services = new ServiceCollection();
            services.AddSingleton(log);
            var builder = services.AddShotTrackerLiveData("redis", o => o.Endpoint = new Uri("wss://unused.example/v2"));
            services.AddSingleton<ILiveDataClientFactory>(new RedisClientFactory(redis));
            builder.UseFileCheckpointStore(directory);
            builder.AddLiveDataGameWorker<Worker>("g1");
            var host = new WorkerHost(services.BuildServiceProvider());
            host.Worker.StartAsync(CancellationToken.None).DefaultTimeout().GetAwaiter().GetResult();
            return host;
        }

        public async ValueTask DisposeAsync()
        {
            await Worker.StopAsync(CancellationToken.None).DefaultTimeout();
            await _services.DisposeAsync();
        }
    }

    /// <summary>Creates RedisLiveDataClients where the core asks its factory for clients.</summary>
    private sealed class RedisClientFactory(RedisServer redis) : ILiveDataClientFactory
    {
        public ILiveDataClient CreateClient(string gameId) => CreateClient(string.Empty, gameId, null);

        public ILiveDataClient CreateClient(string name, string gameId) => CreateClient(name, gameId, null);

        public ILiveDataClient CreateClient(string name, string gameId, long? lastSequence) => RedisClients.Create(redis, lastSequence, gameId);
    }
}
