using System.Text;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Samples.CourtView;

namespace ShotTracker.LiveData.Samples.Tests.CourtView;

public sealed class RelayConnectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_FramesFasterThanTheRate_WritesAtMostOncePerIntervalAndEndsOnTheNewest()
    {
        var time = new FakeTimeProvider();
        var slot = new LatestValueSlot<RelayFrame>();
        var body = new SseTestStream();
        var interval = TimeSpan.FromMilliseconds(100);
        using var stop = new CancellationTokenSource();
        var run = new RelayConnection(body, slot, interval, time).RunAsync(stop.Token);
        var advanced = TimeSpan.Zero;

        // 300 position frames over 300 ms: a 1 kHz feed into a 10 Hz browser. The real pause gives a connection that
        // did not throttle the time to write every frame.
        for (var i = 1; i <= 300; i++)
        {
            slot.Publish(Tick(i));
            time.Advance(TimeSpan.FromMilliseconds(1));
            advanced += TimeSpan.FromMilliseconds(1);
            await Task.Delay(1);
        }

        await Until(() => LastTick(body) == 300, () =>
        {
            time.Advance(interval);
            advanced += interval;
        });

        var ticks = Ticks(body);
        ticks.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("a newer frame is never followed by an older one");
        ticks.Count.Should().BeLessThanOrEqualTo(1 + (int)(advanced / interval), $"at most one write per {interval.TotalMilliseconds} ms of {advanced.TotalMilliseconds} ms");
        await stop.CancelAsync();
        await run.Invoking(r => r.WaitAsync(Timeout)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task RunAsync_SlowClient_SkipsWhatItCouldNotSendAndThenSendsTheNewest()
    {
        var slot = new LatestValueSlot<RelayFrame>();
        var body = new SseTestStream();
        using var stop = new CancellationTokenSource();
        var run = new RelayConnection(body, slot, TimeSpan.Zero, TimeProvider.System).RunAsync(stop.Token);
        slot.Publish(Tick(1));
        await Until(() => LastTick(body) == 1);

        // The browser stops reading: the write of frame 2 hangs on the socket.
        body.Block();
        slot.Publish(Tick(2));
        await Until(() => body.WritesWaiting == 1);
        for (var i = 3; i <= 10_002; i++)
        {
            slot.Publish(Tick(i));
        }

        slot.Skipped.Should().Be(9_999, "frames the stuck connection could not send replace each other in its slot; nothing queues");
        body.Release();
        await Until(() => LastTick(body) == 10_002);

        Ticks(body).Should().Equal(1, 2, 10_002);
        await stop.CancelAsync();
        await run.Invoking(r => r.WaitAsync(Timeout)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task RunAsync_NewConnection_WritesTheWholeStateFirstThenOnlyWhatChanged()
    {
        var slot = new LatestValueSlot<RelayFrame>();
        var body = new SseTestStream();
        using var stop = new CancellationTokenSource();
        var shots = new ShotChart(0, [Encoding.UTF8.GetBytes("[\"1\",\"9\",0,0,1,2,\"Q1\",1000]"), Encoding.UTF8.GetBytes("[\"2\",\"8\",5,5,0,0,\"Q1\",900]")]);
        var frame = Tick(7) with { GameVersion = 3, Game = Encoding.UTF8.GetBytes("{\"status\":\"live\"}"), Shots = shots };
        slot.Publish(frame);
        var run = new RelayConnection(body, slot, TimeSpan.Zero, TimeProvider.System).RunAsync(stop.Token);
        await Until(() => body.Events.Count == 3);

        body.Events.Select(e => e.Event).Should().Equal("game", "shots", "tick");
        body.Events[1].Data.Should().StartWith("{\"from\":0,\"shots\":[[\"1\"").And.Contain("[\"2\"");

        slot.Publish(frame with { Shots = shots with { Shots = shots.Shots.Add(Encoding.UTF8.GetBytes("[\"1\",\"7\",1,1,1,3,\"Q1\",800]")) } });
        await Until(() => body.Events.Count == 4);
        body.Events[3].Should().Be(("shots", "{\"from\":2,\"shots\":[[\"1\",\"7\",1,1,1,3,\"Q1\",800]]}"), "only the new shot is sent, and game and tick did not change");
        await stop.CancelAsync();
        await run.Invoking(r => r.WaitAsync(Timeout)).Should().ThrowAsync<OperationCanceledException>();
    }

    private static RelayFrame Tick(int i) => RelayFrame.Empty with { TickVersion = i, Tick = Encoding.UTF8.GetBytes($"{{\"i\":{i}}}") };

    private static List<int> Ticks(SseTestStream body) =>
        body.Events.Where(e => e.Event == "tick").Select(e => int.Parse(e.Data[5..^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static int LastTick(SseTestStream body) => Ticks(body) is { Count: > 0 } ticks ? ticks[^1] : 0;

    private static async Task Until(Func<bool> condition, Action? nudge = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should have become true");
            nudge?.Invoke();
            await Task.Delay(10);
        }
    }
}
