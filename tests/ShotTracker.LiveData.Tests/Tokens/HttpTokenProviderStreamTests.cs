using System.Net;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Tokens;

public sealed class HttpTokenProviderStreamTests
{
    [Fact]
    public async Task StreamAsync_ConnectsWithTheTokenTheEndpointIssued()
    {
        await using var tokens = await TestHttpServer.StartAsync(_ => (200, """{"token":"issued-for-42"}"""));
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        using var http = new HttpClient();
        var provider = new HttpLiveDataTokenProvider(http, "42", HttpLiveDataTokenProviderTests.Options(tokens));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TokenProvider = provider));
        using var activities = new ActivityRecorder();

        var events = await client.CollectAsync();

        events.Should().ContainSingle().Which.Sequence.Should().Be(1);
        server.RequestQueries.Should().Equal("?token=issued-for-42");
        tokens.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be("/games/42/token");
        var token = activities.Named("shottracker.livedata.token").Should().ContainSingle("one fetch is one activity").Subject;
        token.GetTagItem("shottracker.livedata.game_id").Should().Be("42");
    }

    [Fact]
    public async Task StreamAsync_TokenEndpointRefuses_ThrowsItsTypedErrorInsteadOfRetryingForever()
    {
        await using var tokens = await TestHttpServer.StartAsync(_ => (401, "{}"));
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        using var http = new HttpClient();
        var provider = new HttpLiveDataTokenProvider(http, "42", HttpLiveDataTokenProviderTests.Options(tokens));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TokenProvider = provider));
        var states = client.RecordStates();

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataTokenException>().Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        tokens.Requests.Should().HaveCount(1);
        server.Requests.Should().Be(0);
        states.Last().State.Should().Be(LiveDataConnectionState.Closed);
    }

    [Fact]
    public async Task StreamAsync_BadTokenSetting_IsLoggedOnceWithAStackTraceWhereItIsOwned()
    {
        await using var tokens = await TestHttpServer.StartAsync(_ => (401, "{}"));
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        using var http = new HttpClient();
        var providerLog = new CapturingLogger<HttpLiveDataTokenProvider>();
        var clientLog = new CapturingLogger<LiveDataClient>();
        var provider = new HttpLiveDataTokenProvider(http, "42", HttpLiveDataTokenProviderTests.Options(tokens), providerLog);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TokenProvider = provider), clientLog);

        await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        var lines = providerLog.Lines.Concat(clientLog.Lines).Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).ToList();
        lines.Where(l => l.Id.Id == 22).Should().ContainSingle("the token provider owns the HTTP failure and says so once");
        lines.Should().NotContain(l => l.Id.Id == 4, "the attempt's failure was already logged where it happened");
        var end = lines.Should().ContainSingle(l => l.Id.Id == 12, "the stream's end is the client's to report").Subject;
        end.Text.Should().Contain("401").And.NotContain("   at ", "no second stack trace for a failure already logged");
        lines.Count(l => l.Text.Contains("   at ", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(1);
    }
}
