using System.Collections.Concurrent;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>ConnectionStateChanged and Resumed handlers run off the receive loop, in order.</summary>
public sealed class EventHandlerTests
{
    [Fact]
    public async Task ConnectionStateChanged_SlowHandler_NeverStallsTheStreamAndStillSeesEveryChangeInOrder()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            for (var seq = 1; seq <= 200; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
            }

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        using var release = new SemaphoreSlim(0);
        var seen = new ConcurrentQueue<LiveDataConnectionState>();
        client.ConnectionStateChanged += (_, e) =>
        {
            seen.Enqueue(e.State);
            if (e.State == LiveDataConnectionState.Connected)
            {
                release.Wait(); // a handler stuck on slow I/O
            }
        };
        var delivered = 0;
        var consumer = Task.Run(async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
                Interlocked.Increment(ref delivered);
            }
        });

        await Wait.UntilAsync(() => Volatile.Read(ref delivered) == 200, "every message delivered while the handler is stuck");
        seen.Should().Equal([LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected], "later changes wait behind the stuck handler");
        consumer.IsCompleted.Should().BeFalse("the stream ends only after its last state change was handled");

        release.Release();
        await consumer.DefaultTimeout();

        seen.Should().Equal(LiveDataConnectionState.Connecting, LiveDataConnectionState.Connected, LiveDataConnectionState.Closed);
        client.RunningBackgroundTasks.Should().Be(0, "the dispatcher's task ends when nothing is pending");
    }

    [Fact]
    public async Task ConnectionStateChanged_HandlerThrows_IsLoggedAndTheStreamGoesOn()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Sequenced(1));
            await c.SendAsync(Messages.Sequenced(2));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        var logger = new CapturingLogger<LiveDataClient>();
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint), logger);
        client.ConnectionStateChanged += (_, _) => throw new InvalidOperationException("handler bug");

        var events = await client.CollectAsync();

        events.Select(e => e.Sequence).Should().Equal(1, 2);
        logger.Lines.Where(l => l.Id.Id == 13).Should().HaveCount(3, "Connecting, Connected and Closed each threw");
    }

    [Fact]
    public async Task ConnectionStateChanged_HandlerBlocksOnDisposeAsync_DoesNotDeadlock()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            for (var seq = 1; !c.Ended.IsCompleted; seq++)
            {
                await c.SendAsync(Messages.Sequenced(seq));
                await Task.Delay(5);
            }
        });
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var disposedInHandler = false;
        client.ConnectionStateChanged += (_, e) =>
        {
            if (e.State == LiveDataConnectionState.Connected)
            {
                client.DisposeAsync().AsTask().Wait(); // blocking on dispose inside a handler
                disposedInHandler = true;
            }
        };

        var act = async () => await client.CollectAsync();

        await act.Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        disposedInHandler.Should().BeTrue();
        await Wait.UntilAsync(() => client.RunningBackgroundTasks == 0, "the stream finished stopping after the handler returned");
        await server.Connections.Single().Ended.DefaultTimeout();
    }
}
