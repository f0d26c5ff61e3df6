using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;

namespace ShotTracker.LiveData.Redis.Tests.DependencyInjection;

/// <summary>Registering the relay: configuration binding, validation, the recorder it installs, and no secret in its text.</summary>
public sealed class LiveDataRedisRelayRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<LiveDataClientOptions>? client = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o =>
            {
                o.Endpoint = new Uri("wss://live.example/v2/live");
                o.TokenProvider = LiveDataTokenProvider.FromToken("t");
                client?.Invoke(o);
            })
            .AddLiveDataRedisRelay(configuration.GetSection("RedisRelay"));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddLiveDataRedisRelay_FromConfiguration_BindsEveryKey()
    {
        using var services = Build(new()
        {
            ["RedisRelay:Configuration"] = "redis1:6379",
            ["RedisRelay:Games:0"] = "g1",
            ["RedisRelay:Games:1"] = "g2",
            ["RedisRelay:KeyPrefix"] = "st",
            ["RedisRelay:LatestStreamMaxLength"] = "500",
            ["RedisRelay:DuplicateWindow"] = "00:00:03",
            ["RedisRelay:RetryDelay"] = "00:00:01",
            ["RedisRelay:MaxRetryDelay"] = "00:00:09",
        });

        var relay = services.GetServices<IHostedService>().OfType<LiveDataRedisRelay>().Single();

        relay.Games.Should().Equal("g1", "g2");
        var text = services.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().Get(Options.DefaultName).ToString();
        text.Should().Contain("Recorder = null", "the relay gives each game's client a recorder of its own and leaves the configuration as it is");
    }

    [Fact]
    public void Bind_EveryKey_SetsItsOption()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["R:Configuration"] = "redis1:6379",
            ["R:Games:0"] = "g1",
            ["R:KeyPrefix"] = "st",
            ["R:LatestStreamMaxLength"] = "500",
            ["R:DuplicateWindow"] = "00:00:03",
            ["R:RetryDelay"] = "00:00:01",
            ["R:MaxRetryDelay"] = "00:00:09",
        }).Build().GetSection("R");
        var options = new LiveDataRedisRelayOptions();

        ShotTracker.LiveData.Redis.DependencyInjection.RelayConfigurationBinder.Bind(section, options);

        options.Should().BeEquivalentTo(new
        {
            Configuration = "redis1:6379",
            Games = new[] { "g1" },
            KeyPrefix = "st",
            LatestStreamMaxLength = 500,
            DuplicateWindow = TimeSpan.FromSeconds(3),
            RetryDelay = TimeSpan.FromSeconds(1),
            MaxRetryDelay = TimeSpan.FromSeconds(9),
        });
    }

    [Fact]
    public void AddLiveDataRedisRelay_NoGames_FailsWhenTheHostStartsWithTheOptionsName()
    {
        using var services = Build(new() { ["RedisRelay:Configuration"] = "redis1:6379" });

        var resolve = () => services.GetServices<IHostedService>().ToList();

        resolve.Should().Throw<ArgumentException>().WithMessage("*Games must name at least one game*");
    }

    [Fact]
    public void AddLiveDataRedisRelay_UnreadableValue_NamesTheKey()
    {
        using var services = Build(new() { ["RedisRelay:Configuration"] = "r:1", ["RedisRelay:Games:0"] = "g", ["RedisRelay:RetryDelay"] = "soon" });

        var resolve = () => services.GetServices<IHostedService>().ToList();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*'RedisRelay:RetryDelay' = 'soon' is not a time span*");
    }

    [Fact]
    public void Options_ToString_ShowsTheEndpointsButNeverThePasswordOrUser()
    {
        var options = new LiveDataRedisRelayOptions { Configuration = "redis1:6379,user=relay,password=s3cr3t-pw,ssl=true" };
        options.Games.Add("g1");

        var text = options.ToString();

        text.Should().Contain("redis1:6379").And.Contain("g1");
        text.Should().NotContain("s3cr3t-pw").And.NotContain("relay,");
    }

    [Fact]
    public async Task AddLiveDataRedisRelay_AnEarlierRecorder_StillReceivesEveryMessage()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await Emulators.ShortGameAsync(seed: 13);
        var earlier = new NdjsonRecorder(new MemoryStream());
        await using (var harness = await RelayHarness.StartAsync(emulator, redis, client: o => o.Recorder = earlier))
        {
            await harness.WaitForGamesEndedAsync();
        }

        earlier.Count.Should().Be(emulator.Timeline.Count, "the configuration's recorder is handed every message the relay writes");
    }

    [Fact]
    public void AddLiveDataRedisRelay_SectionAndCode_BindsTheSectionThenRunsTheCode()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RedisRelay:Configuration"] = "redis1:6379",
            ["RedisRelay:Games:0"] = "g1",
        }).Build().GetSection("RedisRelay");
        var services = new ServiceCollection();
        string[]? boundBefore = null;
        services.AddShotTrackerLiveData(o =>
            {
                o.Endpoint = new Uri("wss://live.example/v2/live");
                o.TokenProvider = LiveDataTokenProvider.FromToken("t");
            })
            .AddLiveDataRedisRelay(section, o =>
            {
                boundBefore = [.. o.Games];
                o.Games.Add("g2");
                o.RecorderFactory = _ => null;
            });
        using var provider = services.BuildServiceProvider();

        var relay = provider.GetServices<IHostedService>().OfType<LiveDataRedisRelay>().Single();

        boundBefore.Should().Equal("g1");
        relay.Games.Should().Equal("g1", "g2");
    }
}
