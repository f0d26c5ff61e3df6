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
}
