using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>
/// One relay "host": a service provider with the Live Data configuration pointing at the emulator and a relay of the
/// given games, its hosted services started by hand and stopped on dispose.
/// </summary>
internal sealed class RelayHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private RelayHarness(ServiceProvider services)
    {
        _services = services;
        _hosted = services.GetServices<IHostedService>().ToList();
        Relay = _hosted.OfType<LiveDataRedisRelay>().Single();
    }

    public LiveDataRedisRelay Relay { get; }

    public static async Task<RelayHarness> StartAsync(
        LiveDataEmulator emulator,
        RedisServer redis,
        string gameId = "g1",
        Action<LiveDataRedisRelayOptions>? configure = null,
        ILiveDataMessageRecorder? recorder = null,
        Action<LiveDataClientOptions>? client = null)
    {
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o =>
            {
                ConfigureClient(o, emulator);
                o.Recorder = recorder;
                client?.Invoke(o);
            })
            .AddLiveDataRedisRelay(o =>
            {
                o.Configuration = redis.Configuration;
                o.Games.Add(gameId);
                o.RetryDelay = TimeSpan.FromMilliseconds(50);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(500);
                configure?.Invoke(o);
            });
        var harness = new RelayHarness(services.BuildServiceProvider());
        foreach (var hosted in harness._hosted)
        {
            await hosted.StartAsync(CancellationToken.None).DefaultTimeout();
        }

        return harness;
    }

    public static void ConfigureClient(LiveDataClientOptions options, LiveDataEmulator emulator)
    {
        options.Endpoint = emulator.Endpoint;
        options.AllowInsecureTransport = true;
        options.TokenProvider = LiveDataTokenProvider.FromToken(emulator.Token);
        options.EmitGapEvents = false;
        options.FirstConnectionAttempts = null;
        options.Reconnect = new ReconnectOptions { Delay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(500) };
    }

    /// <summary>Relays game <c>g1</c> of the emulator into Redis to its end, and stops the relay.</summary>
    public static async Task RelayWholeGameAsync(LiveDataEmulator emulator, RedisServer redis)
    {
        await using var harness = await StartAsync(emulator, redis);
        await harness.WaitForGamesEndedAsync();
    }

    /// <summary>Waits until every game of the relay has ended (the emulator closed its stream normally).</summary>
    public Task WaitForGamesEndedAsync() =>
        Eventually.TrueAsync(() => Relay.GetStatistics().GamesEnded == Relay.Games.Count, "the relay's games to end");

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None).DefaultTimeout();
        }

        await _services.DisposeAsync();
    }
}
