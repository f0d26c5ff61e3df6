using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class AuthenticationTests
{
    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task StreamAsync_HandshakeRefused_AsksForANewTokenOnceThenThrowsTypedException(int status)
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask, rejectHandshake: _ => status);
        var tokensIssued = 0;
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => new ValueTask<string>($"token-{Interlocked.Increment(ref tokensIssued)}"))));
        var states = client.RecordStates();

        var act = async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
            }
        };

        var error = (await act.Should().ThrowAsync<LiveDataAuthenticationException>().DefaultTimeout()).Which;

        // Both builds report the status: net8.0+ reads ClientWebSocket.HttpStatusCode; the netstandard2.0 build has no
        // such property and recovers the code from the runtime's WebSocketException message instead.
        error.StatusCode.Should().Be((System.Net.HttpStatusCode)status);
        error.CloseStatus.Should().BeNull();
        server.Requests.Should().Be(2, "one retry with a fresh token, then no retry storm");
        tokensIssued.Should().Be(2);
        server.RequestQueries.Should().Equal("?token=token-1", "?token=token-2");
        await Task.Delay(200);
        server.Requests.Should().Be(2, "nothing retries after the failure");
        client.State.Should().Be(LiveDataConnectionState.Closed);
        states.Last().Reason.Should().Be(LiveDataDisconnectReason.AuthenticationFailed);
    }

    [Fact]
    public async Task StreamAsync_HandshakeRefusedOnce_ContinuesWithTheFreshToken()
    {
        await using var server = await TestWebSocketServer.StartAsync(
            async c =>
            {
                await c.SendAsync(Messages.Sequenced(1));
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            },
            rejectHandshake: i => i == 0 ? 401 : null);
        var tokensIssued = 0;
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => new ValueTask<string>($"token-{Interlocked.Increment(ref tokensIssued)}"))));

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1);
        server.RequestQueries.Should().Equal("?token=token-1", "?token=token-2");
    }

    [Fact]
    public async Task StreamAsync_ClosedWithPolicyViolationTwice_ThrowsTypedExceptionAfterTwoConnections()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => c.CloseAsync(WebSocketCloseStatus.PolicyViolation, "token expired"));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var act = async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
            }
        };

        var error = (await act.Should().ThrowAsync<LiveDataAuthenticationException>().DefaultTimeout()).Which;
        error.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
        error.StatusCode.Should().BeNull();
        server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task StreamAsync_ClosedWithPolicyViolationOnce_ReconnectsWithFreshTokenAndResumes()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await c.SendAsync(Messages.Sequenced(1));
                await Task.Delay(50);
                await c.CloseAsync(WebSocketCloseStatus.PolicyViolation, "token expired");
                return;
            }

            await c.SendAsync(Messages.Sequenced(2));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var tokensIssued = 0;
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => new ValueTask<string>($"token-{Interlocked.Increment(ref tokensIssued)}"))));
        var states = client.RecordStates();

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1, 2);
        server.RequestQueries.Should().Equal("?token=token-1", "?token=token-2&last_seq=1");
        states.Single(s => s.State == LiveDataConnectionState.Reconnecting).Reason.Should().Be(LiveDataDisconnectReason.AuthenticationFailed);
    }

    [Fact]
    public async Task StreamAsync_RefusedByCloseBeforeAnyData_CountsAFailedAttemptNotAReconnect()
    {
        LiveDataClient? client = null;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            switch (c.Index)
            {
                case 0:
                    await c.SendAsync(Messages.Sequenced(1));

                    // Dropped once the client has the message: a reset can discard data the client has not read yet.
                    await Wait.UntilAsync(() => client?.LastSequence == 1, "the client has the message");
                    c.Abort();
                    break;
                case 1:
                    await c.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, "token expired");
                    break;
                default:
                    await c.SendAsync(Messages.Sequenced(2));
                    await c.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure);
                    break;
            }
        });
        await using var created = client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1, 2);
        var statistics = client.GetStatistics();
        statistics.Reconnects.Should().Be(1, "only the connection that delivered again is a reconnect");
        statistics.FailedConnectionAttempts.Should().Be(1, "the connection closed with 1008 before any data");
    }
}
