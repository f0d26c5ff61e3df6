using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>
/// A stream whose first connection cannot succeed fails fast with a typed error (a wrong path or an unknown host at
/// once, a port nothing listens on after <see cref="LiveDataClientOptions.FirstConnectionAttempts"/>), while a stream
/// that has delivered keeps retrying the same failures under the reconnect policy.
/// </summary>
public sealed class FirstConnectionTests
{
    [Theory]
    [InlineData(404, "check the endpoint's path")]
    [InlineData(400, "check the endpoint")]
    [InlineData(410, "HTTP 410")]
    public async Task StreamAsync_FirstHandshakeAnsweredWithAClientError_FailsAtTheFirstAttemptWithTheStatus(int status, string hint)
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask, rejectHandshake: _ => status);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var states = client.RecordStates();

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataHandshakeException>().Which.StatusCode.Should().Be((HttpStatusCode)status);
        error!.Message.Should().Contain($"HTTP {status}").And.Contain(hint).And.Contain("token=***");
        server.Requests.Should().Be(1, "no retry fixes a wrong path");
        states.Last().State.Should().Be(LiveDataConnectionState.Closed);
        states.Last().Exception.Should().BeSameAs(error);
    }

    [Fact]
    public async Task StreamAsync_FirstHandshakeAnsweredWith503_RetriesWithinTheFirstConnectionAttempts()
    {
        await using var server = await TestWebSocketServer.StartAsync(
            c => c.SendAsync(Messages.Sequenced(1)).ContinueWith(_ => c.CloseAsync(WebSocketCloseStatus.NormalClosure), TaskScheduler.Default).Unwrap(),
            rejectHandshake: n => n < 3 ? 503 : null);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var events = await client.CollectAsync();

        events.OfType<ChartEvent>().Should().ContainSingle();
        server.Requests.Should().Be(4, "a service in trouble may recover: three refusals, then the fourth attempt");
    }

    [Fact]
    public async Task StreamAsync_NothingListensOnThePort_FailsAfterTheFirstConnectionAttempts()
    {
        var endpoint = new Uri($"ws://127.0.0.1:{UnusedPort()}/live");
        await using var client = new LiveDataClient(ClientHarness.Options(endpoint));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataException>().Which.InnerException.Should().NotBeNull();
        error!.Message.Should().Contain("the connection was refused: nothing listens on 127.0.0.1 port " + endpoint.Port);
        client.GetStatistics().FailedConnectionAttempts.Should().Be(5, "the default FirstConnectionAttempts");
    }

    [Fact]
    public async Task StreamAsync_FirstConnectionAttemptsSet_GivesUpAfterThatMany()
    {
        var endpoint = new Uri($"ws://127.0.0.1:{UnusedPort()}/live");
        await using var client = new LiveDataClient(ClientHarness.Options(endpoint, o => o.FirstConnectionAttempts = 2));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataException>();
        client.GetStatistics().FailedConnectionAttempts.Should().Be(2);
    }

    [Fact]
    public async Task StreamAsync_HostNameDoesNotResolve_FailsAtTheFirstAttemptNamingTheHost()
    {
        // .invalid never resolves (RFC 2606). Where no resolver can be asked at all the answer is "try again", not
        // "no such host", which is retried as a refused connection is: nothing to observe here then.
        const string host = "no-such-host.invalid";
        var lookup = await Record.ExceptionAsync(() => Dns.GetHostAddressesAsync(host)).DefaultTimeout();
        if (lookup is not SocketException { SocketErrorCode: SocketError.HostNotFound })
        {
            return;
        }

        await using var client = new LiveDataClient(ClientHarness.Options(new Uri($"ws://{host}/live")));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataException>().Which.Message.Should().Contain($"the host name '{host}' does not resolve");
        client.GetStatistics().FailedConnectionAttempts.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_AfterAConnectionDelivered_404sAreRetriedAsReconnectsBeyondTheFirstConnectionAttempts()
    {
        await using var server = await TestWebSocketServer.StartAsync(
            async c =>
            {
                await c.SendAsync(Messages.Sequenced(c.Index + 1));
                await c.CloseAsync(c.Index == 0 ? WebSocketCloseStatus.InternalServerError : WebSocketCloseStatus.NormalClosure);
            },
            rejectHandshake: n => n is >= 1 and <= 7 ? 404 : null);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var events = await client.CollectAsync();

        events.OfType<ChartEvent>().Select(e => e.Sequence).Should().Equal(1, 2);
        server.Requests.Should().Be(9, "seven 404s after the first connection delivered, then a connection again");
    }

    [Fact]
    public async Task StreamAsync_AfterAConnectionDelivered_ARefusedPortIsRetriedAsReconnectsBeyondTheFirstConnectionAttempts()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(c.Index + 1));
            if (c.Index == 1)
            {
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            }
        });
        using var relay = new SwitchableRelay(server.Endpoint);
        await using var client = new LiveDataClient(ClientHarness.Options(relay.Endpoint));
        var collecting = client.CollectAsync();
        await server.WaitForConnectionAsync(0);
        await Wait.UntilAsync(() => client.LastSequence == 1, "the first connection delivered");

        relay.SwitchOff();
        await Wait.UntilAsync(() => client.GetStatistics().FailedConnectionAttempts >= 8, "eight refused reconnect attempts");
        relay.SwitchOn();

        var events = await collecting;
        events.OfType<ChartEvent>().Select(e => e.Sequence).Should().Equal(1, 2);
    }

    [Fact]
    public async Task StreamAsync_AgainOnAClientThatDelivered_404sAreRetriedAsReconnects()
    {
        // Request 0 delivers and ends the first stream; the second stream's first seven handshakes are answered 404
        // (a gateway mid-deploy), then it connects: it goes on with the game instead of failing as a wrong path.
        await using var server = await TestWebSocketServer.StartAsync(
            async c =>
            {
                await c.SendAsync(Messages.Sequenced(c.Index + 1));
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            },
            rejectHandshake: n => n is >= 1 and <= 7 ? 404 : null);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        (await client.CollectAsync()).OfType<ChartEvent>().Select(e => e.Sequence).Should().Equal(1);

        var again = await client.CollectAsync();

        again.OfType<ChartEvent>().Select(e => e.Sequence).Should().Equal(2);
        server.Requests.Should().Be(9, "seven 404s for a stream that goes on with the game, then a connection again");
    }

    [Fact]
    public async Task StreamAsync_StartedFromASavedSequence_404sAreRetriedAsReconnects()
    {
        // A restarted worker resumes from its checkpoint: the service has served this game before, so a 404 is a
        // gateway in trouble, not a wrong path.
        await using var server = await TestWebSocketServer.StartAsync(
            async c =>
            {
                await c.SendAsync(Messages.Sequenced(42));
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            },
            rejectHandshake: n => n <= 6 ? 404 : null);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.LastSequence = 41));

        var events = await client.CollectAsync();

        events.OfType<ChartEvent>().Select(e => e.Sequence).Should().Equal(42);
        server.Requests.Should().Be(8, "seven 404s, then a connection that resumes after 41");
    }

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
