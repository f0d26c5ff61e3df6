using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.DependencyInjection;

public sealed class LiveDataServiceCollectionExtensionsTests
{
    [Fact]
    public void AddShotTrackerLiveData_FromConfiguration_BindsEveryOption()
    {
        var configuration = Configuration(new()
        {
            ["LiveData:Endpoint"] = "wss://live.example.com/v2",
            ["LiveData:Sources:0"] = "chart",
            ["LiveData:Sources:1"] = "location",
            ["LiveData:BroadcastSummaryLevel"] = "game_stats",
            ["LiveData:AdditionalQueryParameters:feature"] = "x",
            ["LiveData:LastSequence"] = "41",
            ["LiveData:PingInterval"] = "00:00:20",
            ["LiveData:PongTimeout"] = "00:00:05",
            ["LiveData:ConnectTimeout"] = "00:00:07",
            ["LiveData:CloseTimeout"] = "00:00:01",
            ["LiveData:MaxMessageSize"] = "2048",
            ["LiveData:EventBufferCapacity"] = "16",
            ["LiveData:BackpressurePolicies:location"] = "KeepLatest",
            ["LiveData:Reconnect:BackoffType"] = "linear",
            ["LiveData:Reconnect:Delay"] = "00:00:01",
            ["LiveData:Reconnect:MaxDelay"] = "00:01:00",
            ["LiveData:Reconnect:UseJitter"] = "false",
            ["LiveData:Reconnect:MaxRetryAttempts"] = "5",
            ["LiveData:EnableCompression"] = "false",
            ["LiveData:UserAgent"] = "Scoreboard/2.1",
            ["LiveData:RequestHeaders:X-Gateway-Key"] = "gateway-secret",
            ["LiveData:Token"] = "s3cr3t",
        });
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(configuration.GetSection("LiveData"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue;

        options.Endpoint.Should().Be(new Uri("wss://live.example.com/v2"));
        options.Sources.Should().BeEquivalentTo([LiveDataSource.Chart, LiveDataSource.Location]);
        options.BroadcastSummaryLevel.Should().Be("game_stats");
        options.AdditionalQueryParameters.Should().Contain("feature", "x");
        options.LastSequence.Should().Be(41);
        (options.PingInterval, options.PongTimeout, options.ConnectTimeout, options.CloseTimeout).Should()
            .Be((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(1)));
        (options.MaxMessageSize, options.EventBufferCapacity, options.EnableCompression).Should().Be((2048, 16, false));
        options.BackpressurePolicies.Should().Contain(LiveDataSource.Location, LiveDataBackpressurePolicy.KeepLatest);
        (options.Reconnect.Delay, options.Reconnect.MaxDelay, options.Reconnect.UseJitter, options.Reconnect.MaxRetryAttempts).Should()
            .Be((TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), false, (int?)5));
        options.Reconnect.BackoffType.Should().Be(ReconnectBackoffType.Linear);
        options.UserAgent.Should().Be("Scoreboard/2.1");
        options.RequestHeaders.Should().Contain("X-Gateway-Key", "gateway-secret");
        options.ToString().Should().NotContain("gateway-secret").And.NotContain("s3cr3t").And.Contain("X-Gateway-Key=***");
        options.TokenProvider.Should().NotBeNull();
        options.TokenProvider!.ToString().Should().NotContain("s3cr3t");
    }

    [Fact]
    public async Task InvalidOptions_FailTheHostAtStartWithTheClientsOwnMessage()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("ws://127.0.0.1:1/live"))
            .AddTokenProvider((_, _) => LiveDataTokenProvider.FromToken("t"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        var direct = Assert.Throws<ArgumentException>(() => new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = new Uri("ws://127.0.0.1:1/live"),
            TokenProvider = LiveDataTokenProvider.FromToken("t"),
        }));
        var failure = error.Failures.Should().ContainSingle().Subject;
        direct.Message.Should().Be(failure + " (Parameter 'options')", "the message is the client's own, without the parameter name");
        failure.Should().Contain("AllowInsecureTransport").And.EndWith(".");
    }

    [Fact]
    public async Task MissingTokenProvider_FailsTheHostAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Message.Should().Contain("LiveDataClientOptions.TokenProvider is required").And.Contain("AddHttpTokenProvider");
    }

    [Fact]
    public async Task InvalidHttpTokenProviderOptions_FailTheHostAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(o => o.RequestUriTemplate = "not a uri/{gameId}");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()).DefaultTimeout();

        error.Failures.Should().ContainSingle().Which.Should().Be("HttpLiveDataTokenProviderOptions.RequestUriTemplate must be an absolute http:// or https:// URI.");
    }

    [Fact]
    public async Task ValidOptions_StartTheHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(o => o.RequestUriTemplate = "https://api.example.com/games/{gameId}/token");
        using var host = builder.Build();

        await host.StartAsync().DefaultTimeout();
        await host.StopAsync().DefaultTimeout();
    }

    [Fact]
    public void UnreadableConfigurationValue_NamesTheKeyButNeverTheToken()
    {
        var configuration = Configuration(new()
        {
            ["LiveData:Endpoint"] = "wss://live.example.com/v2",
            ["LiveData:PingInterval"] = "soon",
            ["LiveData:Token"] = "s3cr3t",
        });
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(configuration.GetSection("LiveData"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue;

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("The configuration value 'LiveData:PingInterval' ('soon') is not a valid time span*")
            .Which.Message.Should().NotContain("s3cr3t");
    }

    [Fact]
    public void HttpTokenProvider_FromConfiguration_BindsItsOptions()
    {
        var configuration = Configuration(new()
        {
            ["Tokens:RequestUriTemplate"] = "https://api.example.com/games/{gameId}/token",
            ["Tokens:Method"] = "post",
            ["Tokens:Headers:X-Api-Key"] = "k",
            ["Tokens:TokenPropertyPath"] = "data.token",
            ["Tokens:CacheLifetime"] = "00:05:00",
            ["Tokens:MaxRetryAttempts"] = "1",
            ["Tokens:RetryDelay"] = "00:00:02",
            ["Tokens:AttemptTimeout"] = "00:00:03",
        });
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(configuration.GetSection("Tokens"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<HttpLiveDataTokenProviderOptions>>().CurrentValue;

        options.RequestUriTemplate.Should().Be("https://api.example.com/games/{gameId}/token");
        options.Method.Should().Be(HttpMethod.Post);
        options.Headers.Should().Contain("X-Api-Key", "k");
        options.TokenPropertyPath.Should().Be("data.token");
        (options.CacheLifetime, options.MaxRetryAttempts, options.RetryDelay, options.AttemptTimeout).Should()
            .Be(((TimeSpan?)TimeSpan.FromMinutes(5), 1, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void ContainerTimeProvider_IsTheClockOfOptionsLeftAtTheDefault()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(o => o.RequestUriTemplate = "https://api.example.com/games/{gameId}/token");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue.TimeProvider.Should().BeSameAs(clock);
        provider.GetRequiredService<IOptionsMonitor<HttpLiveDataTokenProviderOptions>>().CurrentValue.TimeProvider.Should().BeSameAs(clock);
    }

    [Fact]
    public void TimeProviderSetInCode_WinsOverTheContainers()
    {
        var mine = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddShotTrackerLiveData(o =>
        {
            o.Endpoint = new Uri("wss://live.example.com/v2");
            o.TimeProvider = mine;
        }).AddHttpTokenProvider(o =>
        {
            o.RequestUriTemplate = "https://api.example.com/games/{gameId}/token";
            o.TimeProvider = mine;
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue.TimeProvider.Should().BeSameAs(mine);
        provider.GetRequiredService<IOptionsMonitor<HttpLiveDataTokenProviderOptions>>().CurrentValue.TimeProvider.Should().BeSameAs(mine);
    }

    [Fact]
    public void SystemClockSetInCode_IsKept()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddShotTrackerLiveData(o =>
        {
            o.Endpoint = new Uri("wss://live.example.com/v2");
            o.TimeProvider = TimeProvider.System;
        }).AddHttpTokenProvider(o =>
        {
            o.RequestUriTemplate = "https://api.example.com/games/{gameId}/token";
            o.TimeProvider = TimeProvider.System;
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue.TimeProvider.Should()
            .BeSameAs(TimeProvider.System, "an app whose own logic runs on a fake clock may still want the client on the real one");
        provider.GetRequiredService<IOptionsMonitor<HttpLiveDataTokenProviderOptions>>().CurrentValue.TimeProvider.Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void WithoutAContainerTimeProvider_TheSystemClockIsUsed()
    {
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(o => o.RequestUriTemplate = "https://api.example.com/games/{gameId}/token");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptionsMonitor<LiveDataClientOptions>>().CurrentValue.TimeProvider.Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public async Task HttpTokenCache_ExpiresOnTheContainersClock()
    {
        await using var tokens = await TestHttpServer.StartAsync(n => (200, $$"""{"token":"t{{n}}"}"""));
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddShotTrackerLiveData(o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(o =>
            {
                o.RequestUriTemplate = tokens.BaseAddress + "/games/{gameId}/token";
                o.CacheLifetime = TimeSpan.FromMinutes(5);
            });
        await using var provider = services.BuildServiceProvider();
        var tokenProvider = provider.GetRequiredService<IOptionsMonitor<ShotTracker.LiveData.Internal.DependencyInjection.LiveDataClientRegistration>>()
            .Get(Options.DefaultName).TokenProviderFactory!(provider, "7");

        var first = await tokenProvider.GetTokenAsync().DefaultTimeout();
        clock.Advance(TimeSpan.FromMinutes(4));
        var cached = await tokenProvider.GetTokenAsync().DefaultTimeout();
        clock.Advance(TimeSpan.FromMinutes(2));
        var renewed = await tokenProvider.GetTokenAsync().DefaultTimeout();

        first.Should().Be("t0");
        cached.Should().Be("t0", "the token is cached for five minutes of the container's clock");
        renewed.Should().Be("t1", "six minutes have passed on the container's clock");
        tokens.Requests.Should().HaveCount(2);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
