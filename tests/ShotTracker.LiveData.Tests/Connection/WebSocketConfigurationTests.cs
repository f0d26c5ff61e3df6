using System.Net;
using System.Net.WebSockets;
using System.Runtime.InteropServices;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>The seam on the socket: User-Agent, request headers, a proxy and a hook on <see cref="ClientWebSocketOptions"/>.</summary>
public sealed class WebSocketConfigurationTests
{
    [Fact]
    public async Task StreamAsync_ByDefault_SendsTheSdkUserAgentWithVersionAndRuntime()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => c.SendAsync(Messages.Sequenced(1)));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        await client.CollectAsync(1);

        var userAgent = server.Connections.Single().RequestHeaders["User-Agent"];
        userAgent.Should().MatchRegex(@"^ShotTracker\.LiveData/\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? \(.+\)$");
        userAgent.Should().EndWith($"({RuntimeInformation.FrameworkDescription})");
    }

    [Fact]
    public async Task StreamAsync_WithHeadersUserAgentAndHook_SendsThemAndTheHookWins()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => c.SendAsync(Messages.Sequenced(1)));
        var hookRuns = 0;
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.UserAgent = "Scoreboard/2.1";
            o.RequestHeaders["X-Gateway-Key"] = "gateway-secret";
            o.RequestHeaders["X-Overridden"] = "by option";
            o.ConfigureWebSocket = socket =>
            {
                Interlocked.Increment(ref hookRuns);
                socket.SetRequestHeader("X-Overridden", "by hook");
            };
        }));

        await client.CollectAsync(1);

        var headers = server.Connections.Single().RequestHeaders;
        headers["User-Agent"].Should().Be("Scoreboard/2.1");
        headers["X-Gateway-Key"].Should().Be("gateway-secret");
        headers["X-Overridden"].Should().Be("by hook", "the hook runs last");
        hookRuns.Should().Be(1, "once per connection attempt");
        client.ToString().Should().NotContain("gateway-secret");
    }

    [Fact]
    public async Task StreamAsync_ByDefault_TurnsOffTheRuntimeKeepAliveAndTheHookMayTurnItOn()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => c.SendAsync(Messages.Sequenced(1)));
        var seen = new List<TimeSpan>();
        Action<ClientWebSocketOptions> observe = socket =>
        {
            lock (seen)
            {
                seen.Add(socket.KeepAliveInterval);
            }
        };
        await using (var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.ConfigureWebSocket = observe)))
        {
            await client.CollectAsync(1);
        }

        await using (var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.ConfigureWebSocket = socket =>
        {
            socket.KeepAliveInterval = TimeSpan.FromSeconds(20);
            observe(socket);
        })))
        {
            (await client.CollectAsync(1)).Should().ContainSingle("a connection with the runtime's keep-alive on works as before");
        }

        // The SDK's own ping (every PingInterval, timed from sends) keeps the connection alive; a second timer per
        // connection sending unsolicited pong frames would only cost a fleet of clients.
        seen.Should().Equal(TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task StreamAsync_UserAgentNull_SendsNone()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => c.SendAsync(Messages.Sequenced(1)));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.UserAgent = null));

        await client.CollectAsync(1);

        server.Connections.Single().RequestHeaders.Should().NotContainKey("User-Agent");
    }

    [Fact]
    public async Task StreamAsync_ThroughAnHttpConnectProxy_TunnelsEveryConnectionAndResumes()
    {
        using var proxy = new ConnectProxy();
        LiveDataClient? client = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            var from = (c.LastSeq ?? 0) + 1;
            await c.SendAsync(Messages.Sequenced(from));
            await c.SendAsync(Messages.Sequenced(from + 1));
            if (c.Index == 0)
            {
                // Dropped once the client has what was sent: a reset can discard data the client has not read yet.
                await Wait.UntilAsync(() => client?.LastSequence == from + 1, "the client has both messages");
                c.Abort();
            }
            else
            {
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            }
        });
        await using var created = client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.Proxy = new WebProxy(proxy.Address)));

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4);
        var target = $"{server.Endpoint.Host}:{server.Endpoint.Port}";
        proxy.RequestLines.Should().HaveCount(2).And.OnlyContain(l => l == $"CONNECT {target} HTTP/1.1", "both connections went through the tunnel");
        server.Connections.Should().HaveCount(2);
    }

    [Fact]
    public void Constructor_EmptyUserAgentOrHeaderName_IsRejected()
    {
        var endpoint = new Uri("wss://live.example/v2");
        var act1 = () => new LiveDataClient(ClientHarness.Options(endpoint, o => o.UserAgent = string.Empty));
        var act2 = () => new LiveDataClient(ClientHarness.Options(endpoint, o => o.RequestHeaders[" "] = "x"));

        act1.Should().Throw<ArgumentException>().WithMessage("*UserAgent*");
        act2.Should().Throw<ArgumentException>().WithMessage("*RequestHeaders*");
    }
}
