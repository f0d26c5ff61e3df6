using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Diagnostics;

public sealed class LiveDataActivitiesTests
{
    [Fact]
    public async Task ConnectReconnectAndToken_AreTracedWithRedactedTags()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(c.Index + 1));
            await Task.Delay(30);
            if (c.Index == 0)
            {
                c.Abort();
            }
            else
            {
                await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
            }
        });
        using var activities = new ActivityRecorder();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        await client.CollectAsync();

        var connects = activities.Named("shottracker.livedata.connect");
        connects.Should().HaveCount(2);
        connects.Should().OnlyContain(a => a.Kind == ActivityKind.Client && a.Status != ActivityStatusCode.Error);
        connects[0].GetTagItem("url.full").Should().Be(server.Endpoint.AbsoluteUri + "?token=***");
        connects[1].GetTagItem("url.full").Should().Be(server.Endpoint.AbsoluteUri + "?token=***&last_seq=1");
        connects[1].GetTagItem("shottracker.livedata.last_seq").Should().Be(1L);
        connects.Should().OnlyContain(a => Equals(a.GetTagItem("server.address"), "127.0.0.1") && Equals(a.GetTagItem("server.port"), server.Endpoint.Port));
        connects.Should().OnlyContain(a => Equals(a.GetTagItem("shottracker.livedata.attempt"), 1));

        var reconnect = activities.Named("shottracker.livedata.reconnect").Should().ContainSingle().Subject;
        reconnect.GetTagItem("shottracker.livedata.reason").Should().Be("lost", "spans and metrics share the attribute and its values");
        connects[1].ParentSpanId.Should().Be(reconnect.SpanId, "the second connect is part of the reconnect");
        connects[0].ParentSpanId.Should().Be(activities.RootContext.SpanId, "the first connect is part of the caller's operation");
        reconnect.ParentSpanId.Should().Be(default(ActivitySpanId), "a reconnect, maybe hours later, starts a trace of its own");
        reconnect.TraceId.Should().NotBe(activities.RootContext.TraceId);
        reconnect.Links.Should().ContainSingle().Which.Context.Should().Be(activities.RootContext, "it links back to where the stream started");
        Activity.Current!.Context.Should().Be(activities.RootContext, "making the reconnect a root never changes the caller's current activity");

        var tokens = activities.Named("shottracker.livedata.token");
        tokens.Should().HaveCount(2);
        tokens.Select(t => t.ParentSpanId).Should().Equal(connects.Select(c => c.SpanId));

        activities.Stopped.SelectMany(a => a.TagObjects).Select(t => Convert.ToString(t.Value, CultureInfo.InvariantCulture) ?? string.Empty)
            .Should().NotContain(t => t.Contains(ClientHarness.Token));
    }

    [Fact]
    public async Task RefusedToken_MarksTheConnectActivitiesFailed()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask, rejectHandshake: _ => 403);
        using var activities = new ActivityRecorder();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataAuthenticationException>();
        var connects = activities.Named("shottracker.livedata.connect");
        connects.Should().HaveCount(2).And.OnlyContain(a => a.Status == ActivityStatusCode.Error);
        connects.Should().OnlyContain(a => a.StatusDescription!.Contains("HTTP 403") && !a.StatusDescription.Contains(ClientHarness.Token));
        activities.Named("shottracker.livedata.token").Should().HaveCount(2).And.OnlyContain(a => a.Status != ActivityStatusCode.Error);
    }

    [Fact]
    public async Task FailingTokenProvider_MarksTheTokenActivityFailed()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        using var activities = new ActivityRecorder();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.TokenProvider = LiveDataTokenProvider.FromDelegate(_ => throw new InvalidOperationException("token service down"));
            o.Reconnect.MaxRetryAttempts = 0;
        }));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeOfType<LiveDataTokenException>("only LiveDataException types leave the stream")
            .Which.InnerException.Should().BeOfType<InvalidOperationException>();
        var token = activities.Named("shottracker.livedata.token").Should().ContainSingle().Subject;
        token.Status.Should().Be(ActivityStatusCode.Error);
        token.GetTagItem("error.type").Should().Be(typeof(InvalidOperationException).FullName);
        activities.Named("shottracker.livedata.connect").Should().ContainSingle().Which.Status.Should().Be(ActivityStatusCode.Error);
        server.Requests.Should().Be(0);
    }
}
