using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Checkpoints;

public sealed class CheckpointDependencyInjectionTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task GameWorker_WithAFileStore_OverARealSocket_SavesTheGamesEnd_AndARestartResumesAfterIt()
    {
        // Every connection gets the messages after its last_seq up to 5, then a normal close (the game is over).
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            for (var seq = (c.LastSeq ?? 0) + 1; seq <= 5; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var handled = new ConcurrentQueue<long?>();

        for (var run = 0; run < 2; run++)
        {
            var services = new ServiceCollection();
            services.AddSingleton(handled);
            services.AddShotTrackerLiveData(o =>
                {
                    o.Endpoint = server.Endpoint;
                    o.AllowInsecureTransport = true;
                    o.TokenProvider = LiveDataTokenProvider.FromToken(ClientHarness.Token);
                })
                .UseFileCheckpointStore(_root.Path)
                .AddLiveDataGameWorker<RecordingWorker>("game/7", o => o.CheckpointEveryEvents = 2);
            await using var provider = services.BuildServiceProvider();
            var worker = (LiveDataGameWorker)provider.GetServices<IHostedService>().Single();

            await worker.StartAsync(CancellationToken.None).DefaultTimeout();
            await worker.ExecuteTask!.DefaultTimeout();
        }

        handled.Should().Equal([1L, 2L, 3L, 4L, 5L], "the second run resumed after the saved end of the game");
        server.Connections.Select(c => c.LastSeq).Should().Equal(null, 5L);
        (await new FileLiveDataCheckpointStore(_root.Path).LoadAsync("game/7")).Should().Be(5);
    }

    [Fact]
    public async Task UseCheckpointStore_RegistersAKeyedSingletonPerConfiguration_AndWorkersPerGame()
    {
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live-data.example/v2"))
            .UseFileCheckpointStore(_root.Path)
            .AddLiveDataGameWorker<RecordingWorker>("game-1")
            .AddLiveDataGameWorker<RecordingWorker>("game-2");
        services.AddSingleton(new ConcurrentQueue<long?>());
        services.AddShotTrackerLiveData("practice", o => o.Endpoint = new Uri("wss://live-data.example/v2"))
            .UseCheckpointStore<NoCheckpoints>();
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredKeyedService<ILiveDataCheckpointStore>(string.Empty).Should().BeOfType<FileLiveDataCheckpointStore>()
            .Which.Directory.Should().Be(_root.Path);
        provider.GetRequiredKeyedService<ILiveDataCheckpointStore>("practice").Should().BeOfType<NoCheckpoints>()
            .And.BeSameAs(provider.GetRequiredKeyedService<ILiveDataCheckpointStore>("practice"));
        provider.GetServices<IHostedService>().Should().HaveCount(2).And.AllBeOfType<RecordingWorker>().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task CreateClientAsync_ResumesAfterTheStoredSequence_OrTheConfiguredOne()
    {
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o =>
        {
            o.Endpoint = new Uri("wss://live-data.example/v2");
            o.TokenProvider = LiveDataTokenProvider.FromToken(ClientHarness.Token);
            o.LastSequence = 3;
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILiveDataClientFactory>();
        var store = new RecordingCheckpointStore();
        await store.SaveAsync("game-1", 42);

        await using var resumed = await factory.CreateClientAsync(string.Empty, "game-1", store).DefaultTimeout();
        await using var configured = await factory.CreateClientAsync(string.Empty, "game-2", new RecordingCheckpointStore()).DefaultTimeout();

        resumed.LastSequence.Should().Be(42);
        configured.LastSequence.Should().Be(3, "no checkpoint: the configured start");
        await FluentActions.Awaiting(() => factory.CreateClientAsync(string.Empty, "", store)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => factory.CreateClientAsync(string.Empty, "game-1", null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    private sealed class RecordingWorker(ConcurrentQueue<long?> handled) : LiveDataGameWorker
    {
        protected override ValueTask HandleAsync(LiveDataEvent liveDataEvent, CancellationToken cancellationToken)
        {
            handled.Enqueue(liveDataEvent.Sequence);
            return default;
        }
    }

    private sealed class NoCheckpoints : ILiveDataCheckpointStore
    {
        public ValueTask<long?> LoadAsync(string gameId, CancellationToken cancellationToken = default) => new((long?)null);

        public ValueTask SaveAsync(string gameId, long sequence, CancellationToken cancellationToken = default) => default;
    }
}
