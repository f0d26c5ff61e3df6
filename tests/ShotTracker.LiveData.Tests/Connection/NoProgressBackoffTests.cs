using System.Diagnostics;
using System.Net.WebSockets;
using ShotTracker.LiveData.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>
/// A connection that ends before it delivered anything new is a failed attempt for the reconnect policy, so a server
/// that keeps accepting and dropping is retried with backoff instead of in a storm.
/// </summary>
public sealed class NoProgressBackoffTests(ITestOutputHelper output)
{
    public enum Misbehaviour
    {
        CloseRightAfterOpen,
        AbortAfterResendingDuplicates,
        BadFirstFrame,
    }

    [Fact]
    public async Task StreamAsync_DefaultOptionsAgainstEachMisbehavingServer_MakeAtMostSixAttemptsInTenSeconds()
    {
        // The three run side by side: one 10-second window of real time for all of them.
        var runs = await Task.WhenAll(Enum.GetValues<Misbehaviour>().Select(CountAttemptsInTenSecondsAsync));

        foreach (var (behaviour, attempts, delivering) in runs)
        {
            output.WriteLine($"{behaviour}: {attempts} connection attempts in the first 10 s ({delivering} of them delivered something new)");
            (attempts - delivering).Should().BeInRange(3, 6, $"{behaviour}: attempts without progress back off (0.5 s doubling, jittered) but do retry");
        }
    }

    [Theory]
    [InlineData(Misbehaviour.CloseRightAfterOpen)]
    [InlineData(Misbehaviour.AbortAfterResendingDuplicates)]
    [InlineData(Misbehaviour.BadFirstFrame)]
    public async Task StreamAsync_ConnectionsWithoutProgress_DelaysDoubleUpToMaxDelay(Misbehaviour behaviour)
    {
        var clock = new FakeClock();
        await using var server = await TestWebSocketServer.StartAsync(Script(behaviour));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.TimeProvider = clock.Time;
            o.Reconnect = new ReconnectOptions { Delay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(4), UseJitter = false };
            o.FirstConnectionAttempts = null; // the reconnect policy alone, as after a connection that delivered
        }));
        var states = client.RecordStates();
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);

        // A connection that delivered something new is followed by one immediate attempt; from there on, no progress.
        var first = behaviour == Misbehaviour.AbortAfterResendingDuplicates ? 2 : 1;
        await Wait.UntilAsync(() => server.Requests == first, "the first connection without progress");
        await Task.Delay(300);
        var requestsWithoutTimePassing = server.Requests;
        var gaps = new List<TimeSpan>();
        for (var next = first + 1; next <= first + 4; next++)
        {
            var expected = next;
            gaps.Add(await clock.AdvanceUntilAsync(() => server.Requests == expected, TimeSpan.FromSeconds(15), $"connection {expected}", TimeSpan.FromMilliseconds(50)));
        }

        requestsWithoutTimePassing.Should().Be(first, "a connection that delivered nothing new is not retried at once");
        // Lower bounds prove the doubling. The upper bound is loose (the client's real reaction time on a loaded machine
        // shows up as fake time) but still below 8 s, what the last gap would be without the MaxDelay cap.
        var expectedGaps = new[] { 1, 2, 4, 4 }.Select(s => TimeSpan.FromSeconds(s)).ToArray();
        for (var i = 0; i < gaps.Count; i++)
        {
            gaps[i].Should().BeGreaterThanOrEqualTo(expectedGaps[i]).And.BeLessThan(expectedGaps[i] + TimeSpan.FromSeconds(3), $"gap {i + 1} doubles up to MaxDelay");
        }

        states.Where(s => s.State is LiveDataConnectionState.Connecting or LiveDataConnectionState.Reconnecting && s.Attempt > 1)
            .Should().NotBeEmpty().And.OnlyContain(s => s.Reason != LiveDataDisconnectReason.None, "each retry says how the last connection ended");
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
    }

    [Fact]
    public async Task StreamAsync_ConnectionsWithoutProgressUntilAttemptsRunOut_FailsSayingNothingNewArrived()
    {
        await using var server = await TestWebSocketServer.StartAsync(Script(Misbehaviour.BadFirstFrame));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o => o.Reconnect.MaxRetryAttempts = 2));

        var error = await Record.ExceptionAsync(() => client.CollectAsync()).DefaultTimeout();

        error.Should().BeAssignableTo<LiveDataException>().Which.Message.Should().Contain("before it delivered any new message");
        server.Requests.Should().Be(3, "the first attempt and two retries");
        client.GetStatistics().FailedConnectionAttempts.Should().Be(3);
        client.GetStatistics().Reconnects.Should().Be(0, "no connection delivered, so none counts as a reconnect");
    }

    private static async Task<(Misbehaviour Behaviour, int Attempts, int Delivering)> CountAttemptsInTenSecondsAsync(Misbehaviour behaviour)
    {
        await using var server = await TestWebSocketServer.StartAsync(Script(behaviour));
        await using var client = new LiveDataClient(ClientHarness.Options(server.Endpoint, o =>
        {
            o.Reconnect = new ReconnectOptions();
            o.FirstConnectionAttempts = null; // the reconnect policy alone, as after a connection that delivered
        }));
        using var stop = new CancellationTokenSource();
        var consumer = client.CollectAsync(cancellationToken: stop.Token);
        await Wait.UntilAsync(() => server.Requests >= 1, "the first connection");
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(10) - watch.Elapsed);
        var attempts = server.Requests;
        await stop.CancelAsync();
        await consumer.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        return (behaviour, attempts, behaviour == Misbehaviour.AbortAfterResendingDuplicates ? 1 : 0);
    }

    private static Func<ServerConnection, Task> Script(Misbehaviour behaviour) => behaviour switch
    {
        Misbehaviour.CloseRightAfterOpen => c => c.CloseAsync(WebSocketCloseStatus.InternalServerError, "overloaded"),
        Misbehaviour.AbortAfterResendingDuplicates => async c =>
        {
            if (c.LastSeq is not { } lastSeq)
            {
                // The first connection delivers 1..5, so later ones have something to re-send.
                for (var seq = 1; seq <= 5; seq++)
                {
                    await c.SendAsync(Messages.Sequenced(seq));
                }

                await Task.Delay(100);
            }
            else
            {
                for (var seq = Math.Max(1, lastSeq - 2); seq <= lastSeq; seq++)
                {
                    await c.SendAsync(Messages.Sequenced(seq));
                }
            }

            // No real time passes before the abort: under a fake clock a connection's lifetime would add to the gaps.
            c.Abort();
        },
        Misbehaviour.BadFirstFrame => async c =>
        {
            await Task.Delay(5); // let the 101 answer reach the client before the abort can swallow it
            await PoisonFrameTests.SendPoisonAsync(c, PoisonFrameTests.PoisonFrames[0].Frame);
            c.Abort();
        },
        _ => throw new ArgumentOutOfRangeException(nameof(behaviour)),
    };
}
