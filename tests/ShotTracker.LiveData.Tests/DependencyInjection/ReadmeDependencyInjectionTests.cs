using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
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
        // Answers as the emulator's token endpoint does.
        await using var tokens = await TestHttpServer.StartAsync(_ => (200, """{"token":"from-the-token-endpoint"}"""));
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync("""{"type":"data","source":"chart","seq":1,"data":{"pid":"23","st":"MAKE","pts":3}}""");
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(ReadmeAppSettings())));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The README's appsettings.json, pointed at the loopback servers.
            ["LiveData:Endpoint"] = server.Endpoint.AbsoluteUri,
            ["LiveData:AllowInsecureTransport"] = "true",
            ["LiveData:Tokens:RequestUriTemplate"] = tokens.BaseAddress + "/v2/games/{gameId}/token",
        });
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);
        Console.Clear();

        #region README: Dependency injection
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"));
        builder.Services.AddHostedService<GameWorker>();
        #endregion

        using var host = builder.Build();
        await host.StartAsync().DefaultTimeout();
        await Wait.UntilAsync(() => Console.Lines.Contains("23: Make"), "the worker printed the shot; logs: " + string.Join(Environment.NewLine, logs.Logger.Lines.Select(l => l.Text)));
        await host.StopAsync().DefaultTimeout();

        tokens.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be("/v2/games/game-1234/token");
        server.RequestQueries.Should().Equal("?token=from-the-token-endpoint&source=chart&source=clock");
    }

    private static string ReadmeAppSettings()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        var readme = File.ReadAllText(Path.Combine(directory!.FullName, "README.md"));
        return Regex.Match(readme, @"^```json\r?\n(\{\s*""LiveData"".*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Groups[1].Value;
    }

    /// <summary>What the worker prints, instead of the process's console.</summary>
    private static class Console
    {
        private static readonly ConcurrentQueue<string> Printed = new();

        public static IReadOnlyCollection<string> Lines => Printed;

        public static void WriteLine(string line) => Printed.Enqueue(line);

        public static void Clear() => Printed.Clear();
    }

#pragma warning disable IDE0040 // The README's worker, verbatim: a top-level class there.
    #region README: Dependency injection
    sealed class GameWorker(ILiveDataClientFactory clients) : BackgroundService
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
    #endregion
#pragma warning restore IDE0040
}
