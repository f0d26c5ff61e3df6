using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>
/// A loop that waits for the next event runs on the reader's thread (no thread hop per message). What that must not
/// break: leaving the loop from there in every way, keep-alive while the body blocks, and keep-latest for a slow body.
/// </summary>
public sealed class HandOffTests
{
    [Fact]
    public async Task StreamAsync_BodyOnTheReadersThreadBlocksOnDisposeAsync_DoesNotDeadlockAndEndsTheLoop()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => SendSpacedAsync(c, 1, 5));
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        client.HandOffInlineBudget = TimeSpan.FromMinutes(1); // a loaded machine must not move the hand-off to the pool
        var inline = false;
        var disposed = false;

        var consumer = Task.Run(async () =>
        {
            await foreach (var e in client.StreamAsync())
            {
                if (e.Sequence == 2)
                {
                    inline = client.IsConsumerOnReaderThread;
#pragma warning disable xUnit1031 // Blocking on purpose: the reader is further down this very stack.
                    disposed = client.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
#pragma warning restore xUnit1031
                }
            }
        });

        await consumer.Invoking(c => c.DefaultTimeout()).Should().ThrowAsync<OperationCanceledException>("a loop stopped by disposal is told so");
        inline.Should().BeTrue("the loop was waiting, so event 2 was handed over on the reader's thread");
        disposed.Should().BeTrue("DisposeAsync inside the hand-off must not wait for the reader below it");
        await Wait.UntilAsync(() => client.RunningBackgroundTasks == 0, "the stream stopped");
        var connection = server.Connections.Should().ContainSingle().Subject;
        await connection.Ended.DefaultTimeout();
        connection.ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
    }

    [Fact]
    public async Task StreamAsync_BodyOnTheReadersThreadThrows_SurfacesTheExceptionAndClosesTheConnection()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => SendSpacedAsync(c, 1, 5));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        client.HandOffInlineBudget = TimeSpan.FromMinutes(1); // a loaded machine must not move the hand-off to the pool
        var inline = false;

        var consumer = Task.Run(async () =>
        {
            await foreach (var e in client.StreamAsync())
            {
                if (e.Sequence == 2)
                {
                    inline = client.IsConsumerOnReaderThread;
                    throw new InvalidOperationException("boom");
                }
            }
        });

        await consumer.Invoking(c => c.DefaultTimeout()).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        inline.Should().BeTrue();
        client.RunningBackgroundTasks.Should().Be(0, "the loop's end waits until the stream stopped");
        client.LastSequence.Should().Be(2);
        var connection = server.Connections.Should().ContainSingle().Subject;
        await connection.Ended.DefaultTimeout();
        connection.ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
    }

    [Fact]
    public async Task StreamAsync_BreakOnTheReadersThread_ClosesAndANewStreamResumesAfterIt()
    {
        await using var server = await TestWebSocketServer.StartAsync(c => SendSpacedAsync(c, (c.LastSeq ?? 0) + 1, 3));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        client.HandOffInlineBudget = TimeSpan.FromMinutes(1); // a loaded machine must not move the hand-off to the pool
        var inline = false;

        await Task.Run(async () =>
        {
            await foreach (var e in client.StreamAsync())
            {
                if (e.Sequence == 2)
                {
                    inline = client.IsConsumerOnReaderThread;
                    break;
                }
            }
        }).DefaultTimeout();
        var next = await client.CollectAsync(1);

        inline.Should().BeTrue();
        next.Single().Sequence.Should().Be(3, "exactly once: the second stream resumes after the last event the loop took");
        server.Connections[0].ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        server.Connections[1].LastSeq.Should().Be(2);
    }

    [Fact]
    public async Task StreamAsync_BodyBlocksTheReadersThreadLongerThanThePongTimeout_IsNotADeadConnection()
    {
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await SendSpacedAsync(c, 1, 5);
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.PingInterval = TimeSpan.FromMilliseconds(100);
            // Long enough that a test server starved of CPU on a loaded machine still answers in time, and well
            // below the 2.5 s the body holds the reader.
            o.PongTimeout = TimeSpan.FromSeconds(1);
        }));
        client.HandOffInlineBudget = TimeSpan.FromMinutes(1); // a loaded machine must not move the hand-off to the pool
        var inline = false;
        var pingsDuringBlock = 0;

        var events = await Task.Run(async () =>
        {
            var received = new List<LiveDataEvent>();
            await foreach (var e in client.StreamAsync())
            {
                received.Add(e);
                if (e.Sequence == 2)
                {
                    inline = client.IsConsumerOnReaderThread;
                    var pingsBefore = server.Connections[0].PingsReceived;
                    Thread.Sleep(2500); // blocks the reader: nothing is read, the pongs wait in TCP
                    pingsDuringBlock = server.Connections[0].PingsReceived - pingsBefore;
                }
            }

            return received;
        }).DefaultTimeout();

        inline.Should().BeTrue();
        pingsDuringBlock.Should().BeGreaterThanOrEqualTo(2, "keep-alive goes on pinging while the body holds the reader");
        events.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4, 5);
        client.GetStatistics().KeepAliveTimeouts.Should().Be(0, "a reader held by the loop is not a dead connection");
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task StreamAsync_BodySlowWithoutAwaiting_IsHandedEventsOnThePoolSoKeepLatestStillCoalesces()
    {
        const int clocks = 300;
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            await c.SendAsync(Messages.Clock(1));
            await Task.Delay(200);
            for (var tick = 2; tick <= clocks; tick++)
            {
                await c.SendAsync(Messages.Clock(tick));
            }

            await c.SendAsync(Messages.Sequenced(1));
            await c.CloseAsync(WebSocketCloseStatus.NormalClosure);
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
            o.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest));

        var events = await Task.Run(async () =>
        {
            var received = new List<LiveDataEvent>();
            await foreach (var e in client.StreamAsync())
            {
                received.Add(e);
                Thread.Sleep(20); // synchronous work, longer than the inline budget
            }

            return received;
        }).DefaultTimeout();

        var delivered = events.OfType<ClockEvent>().ToList();
        delivered.Count.Should().BeLessThan(clocks / 2, "the reader kept reading while the body worked, replacing waiting clocks");
        delivered.Last().Data.Minutes.Should().Be(clocks.ToString(System.Globalization.CultureInfo.InvariantCulture), "the newest value is kept");
        events.Last().Sequence.Should().Be(1, "buffered events are never dropped");
        client.GetStatistics().MessagesCoalesced.Should().BeGreaterThan(0);
    }

    /// <summary>Sends <paramref name="count"/> sequenced messages from <paramref name="first"/>, 100 ms apart, so the loop waits for each.</summary>
    private static async Task SendSpacedAsync(ServerConnection connection, long first, int count)
    {
        for (var seq = first; seq < first + count; seq++)
        {
            await connection.SendAsync(Messages.Sequenced(seq));
            await Task.Delay(100);
        }
    }
}
