using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Checkpoints;

public sealed class ReadmeCheckpointTests : IDisposable
{
    private static readonly ConcurrentQueue<string> Printed = new();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "readme-checkpoints-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task FileCheckpoints_AsInTheReadme_SaveTheLastHandledShot()
    {
        await using var tokens = await TestHttpServer.StartAsync(_ => (200, """{"token":"from-the-token-endpoint"}"""));
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync("""{"type":"data","source":"chart","seq":1,"data":{"pid":"23","st":"MAKE","pts":3}}""");
            await c.SendAsync("""{"type":"data","source":"chart","seq":2,"data":{"pid":"7","st":"MISS","pts":2}}""");
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveData:Endpoint"] = server.Endpoint.AbsoluteUri,
            ["LiveData:AllowInsecureTransport"] = "true",
            ["LiveData:Tokens:RequestUriTemplate"] = tokens.BaseAddress + "/v2/games/{gameId}/token",
        });
        Directory.CreateDirectory(_directory);
        var current = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _directory;
        try
        {
            var liveData = builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"));
            liveData.AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"));
            liveData.UseFileCheckpointStore("checkpoints")
                .AddLiveDataGameWorker<ShotWorker>("game-1234", o => o.CheckpointEveryEvents = 50);
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }

        using var host = builder.Build();
        await host.StartAsync().DefaultTimeout();
        var worker = (LiveDataGameWorker)host.Services.GetServices<IHostedService>().Single(s => s is LiveDataGameWorker);
        await worker.ExecuteTask!.DefaultTimeout();
        await host.StopAsync().DefaultTimeout();

        Printed.Should().Equal("23: Make", "7: Miss");
        File.ReadAllText(Path.Combine(_directory, "checkpoints", "game-1234.checkpoint")).Should().Be("2\n", "saved at the end of the game");
    }

    private sealed class ShotWorker : LiveDataGameWorker
    {
        protected override ValueTask HandleAsync(LiveDataEvent e, CancellationToken cancellationToken)
        {
            if (e is ChartEvent shot)
            {
                Console.WriteLine($"{shot.Data.PlayerId}: {shot.Data.Result}");
            }

            return ValueTask.CompletedTask;
        }
    }

    private static class Console
    {
        public static void WriteLine(string line) => Printed.Enqueue(line);
    }
}
