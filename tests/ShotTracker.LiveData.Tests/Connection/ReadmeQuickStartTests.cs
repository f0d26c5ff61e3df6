using System.Net.WebSockets;
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
        var liveDataEndpoint = server.Endpoint.AbsoluteUri;
        var subscriptionToken = ClientHarness.Token;
        var cancellationToken = CancellationToken.None;
        var console = new StringWriter();

        // The README's quick start, with AllowInsecureTransport for the loopback server and Console -> console.
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = new Uri(liveDataEndpoint), // the wss:// Live Data V2 URI you were given
            TokenProvider = LiveDataTokenProvider.FromToken(subscriptionToken),
            Sources = { LiveDataSource.Chart, LiveDataSource.Clock },
            AllowInsecureTransport = true,
        });
        await foreach (var e in client.StreamAsync(cancellationToken))
        {
            switch (e)
            {
                case ChartEvent shot: console.WriteLine($"#{shot.Sequence} {shot.Data.PlayerId}: {shot.Data.Result}, {shot.Data.Points} pts"); break;
                case ClockEvent clock: console.WriteLine($"{clock.Data.Minutes}:{clock.Data.Seconds}"); break;
            }
        }

        console.ToString().Should().Contain("9:58");
        console.ToString().Should().StartWith("#1 23: Make, 3 pts");
        server.RequestQueries.Should().Equal($"?token={ClientHarness.Token}&source=chart&source=clock");
    }
}
