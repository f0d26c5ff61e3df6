using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.DependencyInjection;

public sealed class LiveDataClientFactoryTests
{
    [Fact]
    public async Task CreateClient_PerGame_EachFetchesItsOwnTokenOverHttpAndUsesTheContainersLoggingAndMetrics()
    {
        await using var tokens = await TestHttpServer.StartAsync(i => (200, "{\"data\":{\"token\":\"game-token-" + i + "\"}}"));
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        using var metrics = new MetricRecorder();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<IMeterFactory>(metrics);
        services.AddShotTrackerLiveData(o =>
        {
            o.Endpoint = server.Endpoint;
            o.AllowInsecureTransport = true;
        }).AddHttpTokenProvider(o =>
        {
            o.RequestUriTemplate = tokens.BaseAddress + "/games/{gameId}/token";
            o.Headers["X-Api-Key"] = "api-KEY-very-secret";
            o.TokenPropertyPath = "data.token";
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILiveDataClientFactory>();

        await using (var first = factory.CreateClient("game-a"))
        {
            (await first.CollectAsync()).Should().ContainSingle();
        }

        await using (var second = factory.CreateClient("game-b"))
        {
            (await second.CollectAsync()).Should().ContainSingle();
        }

        tokens.Requests.Select(r => r.PathAndQuery).Should().Equal("/games/game-a/token", "/games/game-b/token");
        tokens.Requests.Should().OnlyContain(r => r.Headers["X-Api-Key"] == "api-KEY-very-secret");
        server.RequestQueries.Should().Equal("?token=game-token-0", "?token=game-token-1");
        metrics.Sum("shottracker.livedata.messages", "shottracker.livedata.source", "chart").Should().Be(2, "the clients record on the container's IMeterFactory");
        logs.Logger.Lines.Where(l => l.Id.Id == 30).Should().HaveCount(2);
        logs.Logger.Lines.Should().Contain(l => l.Id.Id == 20 && l.Text.Contains("game-a"));
        logs.Logger.Lines.Should().Contain(l => l.Id.Id == 2, "the client logs through the container");
        logs.Logger.Lines.Should().NotContain(l => l.Text.Contains("game-token-") || l.Text.Contains("api-KEY-very-secret"));
    }

    [Fact]
    public async Task AddHttpTokenProvider_ReturnsTheBuilderOfTheClientTheTokenRequestsGoThrough()
    {
        await using var tokens = await TestHttpServer.StartAsync(_ => (200, """{"token":"t"}"""));
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData("named", o => o.Endpoint = new Uri("wss://live.example.com/v2"))
            .AddHttpTokenProvider(o => o.RequestUriTemplate = tokens.BaseAddress + "/games/{gameId}/token")
            .AddHttpMessageHandler(() => new HeaderHandler());
        await using var provider = services.BuildServiceProvider();
        var tokenProvider = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ShotTracker.LiveData.Internal.DependencyInjection.LiveDataClientRegistration>>()
            .Get("named").TokenProviderFactory!(provider, "9");

        (await tokenProvider.GetTokenAsync().DefaultTimeout()).Should().Be("t");

        tokens.Requests.Should().ContainSingle().Which.Headers.Should().Contain("X-Added-By-Handler", "yes");
        tokenProvider.ToString().Should().Be($"HttpLiveDataTokenProvider(game 9, {tokens.BaseAddress}/games/9/token)");
    }

    private sealed class HeaderHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Added-By-Handler", "yes");
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task CreateClient_NamedConfigurations_UseTheirOwnOptionsAndTokenProviders()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => c.CloseAsync(WebSocketCloseStatus.NormalClosure));
        var services = new ServiceCollection();
        services.AddShotTrackerLiveData("shots", o =>
        {
            o.Endpoint = server.Endpoint;
            o.AllowInsecureTransport = true;
            o.Sources.Add(LiveDataSource.Chart);
        }).AddTokenProvider((_, gameId) => LiveDataTokenProvider.FromToken("shots-" + gameId));
        services.AddShotTrackerLiveData("clock", o =>
        {
            o.Endpoint = server.Endpoint;
            o.AllowInsecureTransport = true;
            o.Sources.Add(LiveDataSource.Clock);
        }).AddTokenProvider((_, gameId) => LiveDataTokenProvider.FromToken("clock-" + gameId));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILiveDataClientFactory>();

        await using (var shots = factory.CreateClient("shots", "7"))
        {
            await shots.CollectAsync();
        }

        await using (var clock = factory.CreateClient("clock", "8"))
        {
            await clock.CollectAsync();
        }

        await using (var resumed = factory.CreateClient("shots", "7", lastSequence: 1234))
        {
            resumed.LastSequence.Should().Be(1234);
            await resumed.CollectAsync();
        }

        server.RequestQueries.Should().Equal("?token=shots-7&source=chart", "?token=clock-8&source=clock", "?token=shots-7&source=chart&last_seq=1234");
        var negative = () => factory.CreateClient("shots", "7", -1);
        negative.Should().Throw<ArgumentOutOfRangeException>();
        var unknown = () => factory.CreateClient("nope", "1");
        unknown.Should().Throw<InvalidOperationException>().WithMessage("No ShotTracker Live Data configuration named 'nope' is registered*");
        var noDefault = () => factory.CreateClient("1");
        noDefault.Should().Throw<InvalidOperationException>().WithMessage("No default ShotTracker Live Data configuration*");
        var noGame = () => factory.CreateClient("shots", "");
        noGame.Should().Throw<ArgumentException>();
    }
}
