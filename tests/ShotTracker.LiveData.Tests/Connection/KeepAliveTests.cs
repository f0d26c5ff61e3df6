using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Connection;

public sealed class KeepAliveTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task StreamAsync_QuietFeedWithPongs_PingsEveryIntervalAndStaysConnected()
    {
        var clock = new FakeClock();
        await using var server = await TestWebSocketServer.StartAsync(_ => Task.CompletedTask);
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TimeProvider = clock.Time));
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);
        var connection = await server.WaitForConnectionAsync(0);
        await Wait.UntilAsync(() => client.State == LiveDataConnectionState.Connected, "connected");

        var pingTimes = new List<TimeSpan>();
        for (var i = 1; i <= 4; i++)
        {
            await clock.AdvanceUntilAsync(() => connection.PingsReceived >= i, TimeSpan.FromSeconds(20), $"ping {i}");
            pingTimes.Add(clock.Elapsed);
        }

        await clock.AdvanceAsync(TimeSpan.FromSeconds(10));

        connection.PingsReceived.Should().Be(4, "no ping before 15 s of client silence");
        var intervals = pingTimes.Zip(pingTimes.Skip(1), (a, b) => b - a).Prepend(pingTimes[0]).ToList();
        intervals.Should().OnlyContain(d => d >= TimeSpan.FromSeconds(15) - FakeClock.Step && d <= TimeSpan.FromSeconds(15) + Tolerance, "a ping every 15 s of client silence");
        connection.Received.Should().OnlyContain(m => m == """{"type":"ping"}""");
        server.Requests.Should().Be(1, "a quiet feed whose pongs arrive is not dead");
        client.GetStatistics().PongsReceived.Should().Be(4);
        client.GetStatistics().KeepAliveTimeouts.Should().Be(0);
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
    }

    [Fact]
    public async Task StreamAsync_BusyFeed_StillPingsBecauseTheClientSendsNothingElse()
    {
        var clock = new FakeClock();
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            for (var i = 0; !c.Aborted.IsCancellationRequested && !c.Ended.IsCompleted; i++)
            {
                await c.SendAsync(Messages.Clock(i));
                await Task.Delay(2);
            }
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.TimeProvider = clock.Time;
            o.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest;
        }));
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);
        var connection = await server.WaitForConnectionAsync(0);
        await Wait.UntilAsync(() => client.State == LiveDataConnectionState.Connected, "connected");

        var first = await clock.AdvanceUntilAsync(() => connection.PingsReceived >= 1, TimeSpan.FromSeconds(20), "the first ping");
        var second = await clock.AdvanceUntilAsync(() => connection.PingsReceived >= 2, TimeSpan.FromSeconds(20), "the second ping");

        first.Should().BeCloseTo(TimeSpan.FromSeconds(15), Tolerance);
        second.Should().BeCloseTo(TimeSpan.FromSeconds(15), Tolerance);
        client.GetStatistics().MessagesBySource[LiveDataSource.Clock].Should().BeGreaterThan(10, "data was flowing the whole time");
        server.Requests.Should().Be(1);
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
    }

    [Fact]
    public async Task StreamAsync_SilentServer_IsDeclaredDeadWithinPingIntervalPlusPongTimeoutAndReconnected()
    {
        var clock = new FakeClock();
        await using var server = await TestWebSocketServer.StartAsync(c =>
        {
            c.AnswerPings = c.Index > 0;
            return Task.CompletedTask;
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TimeProvider = clock.Time));
        var states = client.RecordStates();
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);
        var first = await server.WaitForConnectionAsync(0);
        await Wait.UntilAsync(() => client.State == LiveDataConnectionState.Connected, "connected");

        var detectedAfter = await clock.AdvanceUntilAsync(() => server.Requests >= 2, TimeSpan.FromSeconds(40), "the reconnect");

        detectedAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(25)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(25) + Tolerance);
        first.PingsReceived.Should().Be(1);
        await first.Ended.DefaultTimeout();
        states.Should().Contain(s => s.State == LiveDataConnectionState.Reconnecting && s.Reason == LiveDataDisconnectReason.KeepAliveTimeout);
        client.GetStatistics().KeepAliveTimeouts.Should().Be(1);
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
    }

    [Fact]
    public async Task StreamAsync_DataInsteadOfPong_CountsAsAlive()
    {
        var clock = new FakeClock();
        await using var server = await TestWebSocketServer.StartAsync(async c =>
        {
            c.AnswerPings = false;
            var answered = 0;
            while (!c.Ended.IsCompleted)
            {
                if (c.PingsReceived > answered)
                {
                    answered++;
                    await c.SendAsync(Messages.Clock(answered));
                }

                await Task.Delay(2);
            }
        });
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.TimeProvider = clock.Time));
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);
        var connection = await server.WaitForConnectionAsync(0);
        await Wait.UntilAsync(() => client.State == LiveDataConnectionState.Connected, "connected");

        await clock.AdvanceAsync(TimeSpan.FromSeconds(50));

        connection.PingsReceived.Should().BeGreaterThanOrEqualTo(3);
        server.Requests.Should().Be(1, "anything received after a ping proves the connection is alive");
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
    }
}
