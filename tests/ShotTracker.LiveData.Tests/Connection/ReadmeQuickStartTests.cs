using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task QuickStart_AsInTheReadme_StreamsAgainstAnEndpoint()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync("""{"type":"data","source":"chart","seq":1,"data":{"pid":"23","st":"MAKE","pts":3}}""");
            await c.SendAsync("""{"type":"data","source":"clock","data":{"min":"9","sec":"58"}}""");
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        string[] args = [server.Endpoint.AbsoluteUri, ClientHarness.Token];
        Console.Lines.Clear();

        await QuickStartAsync(args).DefaultTimeout();

        Console.Lines.Should().Equal("#1 23: Make, 3 pts", "9:58");
        server.RequestQueries.Should().Equal($"?token={ClientHarness.Token}&source=chart&source=clock");
    }

    private static async Task QuickStartAsync(string[] args)
    {
        #region README: Quick start
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = new Uri(args[0]), // dotnet run -- <the wss:// Live Data V2 URI you were given> <subscription token>
            TokenProvider = LiveDataTokenProvider.FromToken(args[1]),
            Sources = { LiveDataSource.Chart, LiveDataSource.Clock },
        });
        await foreach (var e in client.StreamAsync())
        {
            switch (e)
            {
                case ChartEvent shot: Console.WriteLine($"#{shot.Sequence} {shot.Data.PlayerId}: {shot.Data.Result}, {shot.Data.Points} pts"); break;
                case ClockEvent clock: Console.WriteLine($"{clock.Data.Minutes}:{clock.Data.Seconds}"); break;
            }
        }
        #endregion
    }

    /// <summary>What the quick start prints, instead of the process's console.</summary>
    private static class Console
    {
        public static List<string> Lines { get; } = [];

        public static void WriteLine(string line) => Lines.Add(line);
    }

    /// <summary>
    /// The real client, with <see cref="LiveDataClientOptions.AllowInsecureTransport"/> set as the README tells a reader
    /// pointing the quick start at a <c>ws://</c> loopback server; everything else is the snippet's own options.
    /// </summary>
    private sealed class LiveDataClient(LiveDataClientOptions options) : IAsyncDisposable
    {
        private readonly ShotTracker.LiveData.LiveDataClient _client = new(Insecure(options));

        public async IAsyncEnumerable<LiveDataEvent> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var e in _client.StreamAsync(cancellationToken))
            {
                yield return e;
            }
        }

        public ValueTask DisposeAsync() => _client.DisposeAsync();

        private static LiveDataClientOptions Insecure(LiveDataClientOptions options)
        {
            options.AllowInsecureTransport = true;
            return options;
        }
    }
}
