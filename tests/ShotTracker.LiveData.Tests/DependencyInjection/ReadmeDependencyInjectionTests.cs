using System.Net.WebSockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.DependencyInjection;

public sealed class ReadmeDependencyInjectionTests
{
    [Fact]
    public async Task DependencyInjection_AsInTheReadme_StreamsAGameConfiguredFromAppSettings()
    {
        await using var tokens = await TestHttpServer.StartAsync(_ => (200, """{"data":{"token":"from-the-token-endpoint"}}"""));
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync("""{"type":"data","source":"chart","seq":1,"data":{"pid":"23","st":"MAKE","pts":3}}""");
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The README's appsettings.json, pointed at the loopback servers.
            ["LiveData:Endpoint"] = server.Endpoint.AbsoluteUri,
            ["LiveData:AllowInsecureTransport"] = "true",
            ["LiveData:Sources:0"] = "chart",
            ["LiveData:Sources:1"] = "clock",
            ["LiveData:Tokens:RequestUriTemplate"] = tokens.BaseAddress + "/v2/games/{gameId}/token",
            ["LiveData:Tokens:Headers:X-Api-Key"] = "keep me in user secrets or a vault",
            ["LiveData:Tokens:TokenPropertyPath"] = "data.token",
        });
        var output = new StringWriter();
        var console = TextWriter.Synchronized(output);
        builder.Services.AddSingleton(console);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);

        // The README's registration, verbatim.
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"));
        builder.Services.AddHostedService<GameWorker>();

        using var host = builder.Build();
        await host.StartAsync().DefaultTimeout();
        await Wait.UntilAsync(() => Printed(console, output).Contains("23: Make"), "the worker printed the shot; logs: " + string.Join(Environment.NewLine, logs.Logger.Lines.Select(l => l.Text)));
        await host.StopAsync().DefaultTimeout();

        tokens.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be("/v2/games/game-1234/token");
        server.RequestQueries.Should().Equal("?token=from-the-token-endpoint&source=chart&source=clock");
    }

    // A synchronized writer locks on itself.
    private static string Printed(TextWriter console, StringWriter output)
    {
        lock (console)
        {
            return output.ToString();
        }
    }

    // The README's worker, verbatim but for Console, which is the injected writer here.
    private sealed class GameWorker(ILiveDataClientFactory clients, TextWriter Console) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await using var client = clients.CreateClient("game-1234");
            await foreach (var e in client.StreamAsync(stoppingToken))
            {
                if (e is ChartEvent shot)
                {
                    Console.WriteLine($"{shot.Data.PlayerId}: {shot.Data.Result}");
                }
            }
        }
    }
}
