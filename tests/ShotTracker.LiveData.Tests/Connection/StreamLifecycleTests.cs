using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class StreamLifecycleTests
{
    [Fact]
    public async Task StreamAsync_ServerClosesNormally_YieldsEverythingAndEndsCleanly()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            await c.SendAsync(Messages.Clock(1));
            await c.SendAsync(Messages.Sequenced(2, "marker"));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure, "game over");
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var states = client.RecordStates();

        var events = await client.CollectAsync();

        events.Select(e => e.GetType()).Should().Equal(typeof(ChartEvent), typeof(ClockEvent), typeof(MarkerEvent));
        events.Select(e => e.Sequence).Should().Equal(1, null, 2);
        client.LastSequence.Should().Be(2);
        client.State.Should().Be(LiveDataConnectionState.Closed);
        server.Requests.Should().Be(1, "a normal close ends the event; it is not a reconnect");
        states.Select(s => s.State).Should().Equal(LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed);
        states.Last().Reason.Should().Be(LiveDataDisconnectReason.ServerClosed);
        states.Last().CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
    }

    public static TheoryData<string> Interruptions => ["abort", "1001", "1011"];

    [Theory]
    [MemberData(nameof(Interruptions))]
    public async Task StreamAsync_ConnectionInterrupted_ReconnectsWithLastSeqAndContinues(string interruption)
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            if (c.Index == 0)
            {
                await c.SendAsync(Messages.Sequenced(1));
                await c.SendAsync(Messages.Sequenced(2));
                await Task.Delay(50);
                switch (interruption)
                {
                    case "abort":
                        c.Abort();
                        break;
                    default:
                        await c.CloseAsync((WebSocketCloseStatus)int.Parse(interruption, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }

                return;
            }

            await c.SendAsync(Messages.Sequenced(3));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var states = client.RecordStates();

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1, 2, 3);
        server.Connections.Select(c => c.LastSeq).Should().Equal(null, 2);
        var reconnecting = states.Single(s => s.State == LiveDataConnectionState.Reconnecting);
        if (interruption == "abort")
        {
            reconnecting.Reason.Should().Be(LiveDataDisconnectReason.Lost);
        }
        else
        {
            reconnecting.Reason.Should().Be(LiveDataDisconnectReason.ServerClosed);
            ((int?)reconnecting.CloseStatus).Should().Be(int.Parse(interruption, System.Globalization.CultureInfo.InvariantCulture));
        }

        states.Single(s => s.State == LiveDataConnectionState.Connected && s.ResumedFromSequence == 2).Should().NotBeNull();
        client.GetStatistics().Reconnects.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_MalformedFrameMidStream_SurfacesItAndContinues()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            await c.SendAsync("{\"type\":\"data\",\"source\":\"chart\",\"seq\":2,\"data\":{\"x\":");
            await c.SendAsync(Messages.Sequenced(3));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var events = await client.CollectAsync();

        events.Should().HaveCount(3);
        events[1].Should().BeOfType<InvalidLiveDataEvent>()
            .Which.Error.RawMessage.Length.Should().BeGreaterThan(0);
        events[2].Sequence.Should().Be(3);
        client.GetStatistics().ParseErrors.Should().Be(1);
        server.Requests.Should().Be(1, "an unreadable message is not a reason to reconnect");
    }

    [Fact]
    public async Task StreamAsync_FiveMegabyteMessageInManyFragments_IsDelivered()
    {
        var blob = new string('x', 5 * 1024 * 1024);
        var message = System.Text.Encoding.UTF8.GetBytes(Messages.Unknown("futuresource", blob));
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(message, frameSize: 4096);
            await c.SendAsync(Messages.Sequenced(1));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var events = await client.CollectAsync();

        events.Should().HaveCount(2);
        var big = events[0].Should().BeOfType<UnknownLiveDataEvent>().Subject;
        big.SourceName.Should().Be("futuresource");
        big.RawJson.Length.Should().Be(message.Length);
        big.RawJson.Span.SequenceEqual(message).Should().BeTrue();
        events[1].Sequence.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_MessageOverSizeLimit_FailsWithClearErrorAtTheLimit()
    {
        const int limit = 1024 * 1024;
        long sentByServer = 0;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            sentByServer = await c.SendEndlessMessageAsync(frameSize: 16 * 1024);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.MaxMessageSize = limit));
        var events = new List<LiveDataEvent>();

        var act = async () =>
        {
            await foreach (var e in client.StreamAsync())
            {
                events.Add(e);
            }
        };

        var error = (await act.Should().ThrowAsync<LiveDataMessageTooLargeException>().DefaultTimeout()).Which;
        error.MaxMessageSize.Should().Be(limit);
        error.ReceivedBytes.Should().Be(limit + 1, "the client stops reading at the limit instead of buffering the whole message");
        error.Message.Should().Contain("MaxMessageSize");
        events.Select(e => e.Sequence).Should().Equal(1);
        var connection = server.Connections.Single();
        await connection.Ended.DefaultTimeout();
        // The client sends close status 1009, but it cannot be asserted here: it closes the socket with the rest
        // of the endless message still unread, so TCP may reset the connection before the server reads the frame.
        server.Requests.Should().Be(1);
        client.State.Should().Be(LiveDataConnectionState.Closed);
    }
}
