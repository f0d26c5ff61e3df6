using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class CancellationAndDisposalTests
{
    private static readonly Func<ServerConnection, Task> EndlessFeed = async c =>
    {
        for (var seq = (c.LastSeq ?? 0) + 1; !c.Ended.IsCompleted; seq++)
        {
            await c.SendAsync(Messages.Sequenced(seq));
            await Task.Delay(5);
        }
    };

    [Fact]
    public async Task StreamAsync_Cancelled_EndsPromptlyWithGracefulClose()
    {
        await using var server = await TestWebSocketServer.StartAsync(EndlessFeed);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var states = client.RecordStates();
        using var cts = new CancellationTokenSource();
        var count = 0;
        var watch = new Stopwatch();

        var act = async () =>
        {
            await foreach (var unused in client.StreamAsync(cts.Token))
            {
                if (++count == 5)
                {
                    watch.Start();
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        var connection = server.Connections.Single();
        await connection.Ended.DefaultTimeout();
        connection.ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure, "the client closes with a close handshake");
        client.State.Should().Be(LiveDataConnectionState.Closed);
        states.Last().Reason.Should().Be(LiveDataDisconnectReason.ByUser);
    }

    [Fact]
    public async Task StreamAsync_BreakOutOfLoop_ClosesTheConnectionAndAllowsANewStreamThatResumes()
    {
        await using var server = await TestWebSocketServer.StartAsync(EndlessFeed);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));

        var first = await client.CollectAsync(3);
        await server.Connections[0].Ended.DefaultTimeout();
        var second = await client.CollectAsync(3);

        first.Select(e => e.Sequence).Should().Equal(1, 2, 3);
        server.Connections[0].ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        server.Connections[1].LastSeq.Should().Be(3, "a new stream resumes after the last delivered message");
        second.Select(e => e.Sequence).Should().Equal(4, 5, 6);
    }

    [Fact]
    public async Task DisposeAsync_WhileStreaming_EndsTheEnumerationClosesTheSocketAndRefusesNewStreams()
    {
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var consumer = client.CollectAsync();
        var connection = await server.WaitForConnectionAsync(0);
        await Wait.UntilAsync(() => client.State == LiveDataConnectionState.Connected, "connected");

        await client.DisposeAsync().DefaultTimeout();

        client.State.Should().Be(LiveDataConnectionState.Closed, "DisposeAsync returns only when the stream has stopped");
        await consumer.Invoking(c => c.TimeoutAfter(TimeSpan.FromSeconds(1))).Should().ThrowAsync<OperationCanceledException>(
            "a loop stopped by disposal is told so, never ended as if the game were over");
        client.RunningBackgroundTasks.Should().Be(0, "no pump, keep-alive or close task outlives DisposeAsync");
        await connection.Ended.DefaultTimeout();
        connection.ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        await client.DisposeAsync().DefaultTimeout(); // idempotent
        client.Invoking(c => c.StreamAsync()).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public async Task DisposeAsync_DuringReconnectBackoff_StopsPromptly()
    {
        using var server = new BlackholeServer();
        var endpoint = server.Endpoint;
        server.Dispose();
        var client = new LiveDataClient(ClientHarness.Options(endpoint, o =>
            o.Reconnect = new ReconnectOptions { Delay = TimeSpan.FromSeconds(20), MaxDelay = TimeSpan.FromSeconds(30) }));
        var consumer = client.CollectAsync();
        await Wait.UntilAsync(() => client.GetStatistics().FailedConnectionAttempts >= 1, "a failed attempt");
        var watch = Stopwatch.StartNew();

        await client.DisposeAsync().DefaultTimeout();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the 20 s backoff is cancelled");
        client.RunningBackgroundTasks.Should().Be(0);
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        client.State.Should().Be(LiveDataConnectionState.Closed);
    }

    [Fact]
    public async Task DisposeAsync_MidStream_LeavesNoBackgroundTaskAndNoOpenConnection()
    {
        await using var server = await TestWebSocketServer.StartAsync(EndlessFeed);
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var received = 0;
        var consumer = Task.Run(async () =>
        {
            await foreach (var unused in client.StreamAsync())
            {
                Interlocked.Increment(ref received);
            }
        });
        await Wait.UntilAsync(() => Volatile.Read(ref received) >= 20, "20 events");

        await client.DisposeAsync().DefaultTimeout();

        client.RunningBackgroundTasks.Should().Be(0);
        await consumer.Invoking(c => c.DefaultTimeout()).Should().ThrowAsync<OperationCanceledException>();
        received.Should().BeGreaterThanOrEqualTo(20);
        var connection = server.Connections.Should().ContainSingle().Subject;
        await connection.Ended.DefaultTimeout();
        connection.ClientCloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure, "the socket is closed with a handshake, not left open");
    }

    [Fact]
    public async Task DisposeAsync_MidReconnectWhileAHandshakeHangs_CancelsItAndClosesTheSocket()
    {
        var heldHandshakes = 0;
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestWebSocketServer.StartAsync(
            async c =>
            {
                await c.SendAsync(Messages.Sequenced(1));

                // Dropped only once the client has the message: an abort can discard data the client has not read yet
                // (a reset empties the receive buffer), which a busy machine makes likely within any fixed delay.
                await delivered.Task.DefaultTimeout();
                c.Abort();
            },
            beforeHandshake: async (index, aborted) =>
            {
                if (index == 0)
                {
                    return;
                }

                // The reconnect's handshake is never answered; the hold ends when the client drops the request.
                Interlocked.Increment(ref heldHandshakes);
                try
                {
                    await Task.Delay(Timeout.Infinite, aborted);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Decrement(ref heldHandshakes);
                }
            });
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var states = client.RecordStates();
        var consumer = client.CollectAsync();
        await Wait.UntilAsync(() => client.LastSequence == 1, "the message was delivered");
        delivered.SetResult();
        await Wait.UntilAsync(() => Volatile.Read(ref heldHandshakes) == 1, "the reconnect's handshake began");
        var watch = Stopwatch.StartNew();

        await client.DisposeAsync().DefaultTimeout();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the 15 s connect timeout is not waited out");
        client.RunningBackgroundTasks.Should().Be(0);
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        client.LastSequence.Should().Be(1, "the one message before the drop was delivered");
        await Wait.UntilAsync(() => Volatile.Read(ref heldHandshakes) == 0, "the client closed the connection of the held handshake");
        states.Should().Contain(s => s.State == LiveDataConnectionState.Reconnecting);
        states.Last().Reason.Should().Be(LiveDataDisconnectReason.ByUser);
    }

    [Fact]
    public async Task DisposeAsync_WhileTheFirstHandshakeHangs_CancelsItAndClosesTheTcpConnection()
    {
        using var server = new BlackholeServer();
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
        var consumer = client.CollectAsync();
        await Wait.UntilAsync(() => server.Accepted == 1, "the handshake began");

        await client.DisposeAsync().DefaultTimeout();

        client.RunningBackgroundTasks.Should().Be(0);
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        await Wait.UntilAsync(() => server.OpenConnections == 0, "the client closed its TCP connection");
    }

    [Fact]
    public async Task DisposeAsync_MidBackoffAfterConnectionsWithoutProgress_StopsAndNeverConnectsAgain()
    {
        var clock = new FakeClock();
        await using var server = await TestWebSocketServer.StartAsync(c => c.CloseAsync(WebSocketCloseStatus.InternalServerError, "overloaded"));
        var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TimeProvider = clock.Time));
        var consumer = client.CollectAsync();
        await Wait.UntilAsync(() => client.GetStatistics().FailedConnectionAttempts == 1, "a connection without progress");

        await client.DisposeAsync().DefaultTimeout();

        client.RunningBackgroundTasks.Should().Be(0);
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        await server.Connections.Single().Ended.DefaultTimeout();
        await clock.AdvanceAsync(TimeSpan.FromSeconds(5));
        server.Requests.Should().Be(1, "the backoff that was cancelled never runs its attempt");
    }

    [Fact]
    public async Task ManyStreams_CancelledDisposedAndInterrupted_LeaveNoUnobservedTaskExceptionsOrOpenSockets()
    {
        var unobserved = new ConcurrentQueue<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.ToString().Contains("ShotTracker.LiveData.Internal.Connection", StringComparison.Ordinal)
                || e.Exception.ToString().Contains("ShotTracker.LiveData.Internal.Transport", StringComparison.Ordinal))
            {
                unobserved.Enqueue(e.Exception);
            }
        }

        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await using var server = await TestWebSocketServer.StartAsync(async c =>
            {
                await EndlessFeed(c).WaitAsync(TimeSpan.FromMilliseconds(30 + (c.Index % 3 * 20))).ContinueWith(_ => { });
                if (c.Index % 2 == 0)
                {
                    c.Abort();
                }
            });
            for (var i = 0; i < 10; i++)
            {
                var client = new LiveDataClient(ClientHarness.Options(server.Endpoint));
                using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50 + (i * 15)));
                try
                {
                    await client.CollectAsync(cancellationToken: cts.Token);
                }
                catch (OperationCanceledException)
                {
                }

                await client.DisposeAsync().DefaultTimeout();
            }

            await Wait.UntilAsync(() => server.Connections.All(c => c.Ended.IsCompleted), "every server-side connection ended (no leaked socket)");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            unobserved.Should().BeEmpty();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
    }
}
