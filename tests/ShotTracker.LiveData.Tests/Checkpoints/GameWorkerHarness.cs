using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Checkpoints;

/// <summary>
/// One <see cref="GatedWorker"/> registered the way an app would, over an in-memory client whose events the test
/// releases one at a time, on a fake clock.
/// </summary>
internal sealed class GameWorkerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public GameWorkerHarness(IEnumerable<LiveDataEvent> events, ILiveDataCheckpointStore? store, Action<LiveDataGameWorkerOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Gate);
        var builder = services.AddShotTrackerLiveData("games", o => o.Endpoint = new Uri("wss://live-data.example/v2"));
        services.AddSingleton<ILiveDataClientFactory>(new InMemoryFactory(events, Factory));
        if (store is not null)
        {
            builder.UseCheckpointStore(_ => store);
        }

        builder.AddLiveDataGameWorker<GatedWorker>("game-1", configure);
        _services = services.BuildServiceProvider();
        Worker = (GatedWorker)_services.GetServices<IHostedService>().Single();
    }

    public FakeTimeProvider Clock { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public WorkerGate Gate { get; } = new();

    /// <summary>Gets the <c>lastSequence</c> each client was created with.</summary>
    public ConcurrentQueue<long?> Factory { get; } = new();

    public GatedWorker Worker { get; }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>Hands each event to the test through a channel and waits for the test to let it finish.</summary>
    internal sealed class GatedWorker(WorkerGate gate) : LiveDataGameWorker
    {
        public string Game => GameId;

        protected override async ValueTask HandleAsync(LiveDataEvent liveDataEvent, CancellationToken cancellationToken)
        {
            await gate.Entered.Writer.WriteAsync(liveDataEvent, cancellationToken);
            if (gate.Gated)
            {
                await gate.Release.WaitAsync(cancellationToken);
            }

            if (gate.ThrowAt is { } failAt && liveDataEvent.Sequence == failAt)
            {
                throw new InvalidOperationException("The handler failed.");
            }

            gate.Handled.Enqueue(liveDataEvent);
        }
    }

    internal sealed class WorkerGate
    {
        public Channel<LiveDataEvent> Entered { get; } = Channel.CreateUnbounded<LiveDataEvent>();

        public SemaphoreSlim Release { get; } = new(0);

        public ConcurrentQueue<LiveDataEvent> Handled { get; } = new();

        public bool Gated { get; set; }

        public long? ThrowAt { get; set; }
    }

    /// <summary>Creates in-memory clients that resume like the real one: events at or below the sequence are skipped.</summary>
    private sealed class InMemoryFactory(IEnumerable<LiveDataEvent> events, ConcurrentQueue<long?> calls) : ILiveDataClientFactory
    {
        public ILiveDataClient CreateClient(string gameId) => CreateClient(string.Empty, gameId);

        public ILiveDataClient CreateClient(string name, string gameId) => CreateClient(name, gameId, null);

        public ILiveDataClient CreateClient(string name, string gameId, long? lastSequence)
        {
            name.Should().Be("games");
            gameId.Should().Be("game-1");
            calls.Enqueue(lastSequence);
            return new InMemoryLiveDataClient(events.Where(e => e.Sequence is null || lastSequence is null || e.Sequence > lastSequence));
        }
    }
}
