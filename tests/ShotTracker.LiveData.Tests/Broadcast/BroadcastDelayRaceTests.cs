using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Internal.Broadcast;
using ShotTracker.LiveData.Tests.Infrastructure;
using ShotTracker.LiveData.Tests.Replay;

namespace ShotTracker.LiveData.Tests.Broadcast;

/// <summary>
/// The broadcast delay against a clock that moves while the stream looks at it: the stream reads the time, works out
/// how long its oldest event has to wait and arms a timer, and the clock may move in between (a busy thread pool, a
/// test or a user moving fake time). Nothing of that may stall the stream.
/// </summary>
public sealed class BroadcastDelayRaceTests
{
    [Fact]
    public async Task ClockMovesWhileTheStreamArmsItsTimer_TheEventIsStillReleasedWhenDue()
    {
        var time = new FakeTimeProvider(RecordingFile.Start);
        var source = new ControlledSource();
        // Moves the clock by the whole delay just before the stream's first timer is made: the timer then counts the
        // delay from the moved clock, so it alone would fire 5 s late, and here nothing moves the clock again.
        var clock = new ClockMovedOnArm(time, TimeSpan.FromSeconds(5));
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = clock };
        await using var events = source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();

        await source.SendAsync(Chart(1));

        (await next.DefaultTimeout()).Should().BeTrue("the chart arrived 5 s ago by the time the stream armed its timer");
        events.Current.Should().Be(Chart(1));
    }

    [Fact]
    public async Task ClockMovesLessThanTheDelayWhileTheTimerIsArmed_TheEventIsReleasedWhenDueNotLater()
    {
        var time = new FakeTimeProvider(RecordingFile.Start);
        var source = new ControlledSource();
        // Moves the clock by 1 s just before the stream's first timer is made: a timer armed for the 5 s the stream
        // worked out before the move would be due 6 s after the chart arrived, and the test moves the clock only to 5 s.
        var clock = new ClockMovedOnArm(time, TimeSpan.FromSeconds(1));
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = clock };
        await using var events = source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await source.SendAsync(Chart(1));
        var stream = (BroadcastDelayEnumerator)events;
        await Wait.UntilAsync(() => next.IsCompleted || stream.WaitsUntil == TimeSpan.FromSeconds(5), "the stream to wait for the chart until 5 s");
        next.IsCompleted.Should().BeFalse("the chart arrived 1 s ago");

        time.Advance(TimeSpan.FromSeconds(4));

        (await next.DefaultTimeout()).Should().BeTrue("the chart arrived 5 s ago");
        events.Current.Should().Be(Chart(1));
    }

    [Fact]
    public async Task ClockMovedAsAnEventArrives_ThousandsOfRoundsUnderThreadPoolPressure_NoneStalls()
    {
        using var busy = new CancellationTokenSource();
        var pressure = StartBusyWork(busy.Token);
        try
        {
            var streams = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (var round = 0; round < 1000; round++)
                {
                    await OneRoundAsync(round);
                }
            }));
            await Task.WhenAll(streams).TimeoutAfter(TimeSpan.FromMinutes(10));
        }
        finally
        {
            busy.Cancel();
            await Task.WhenAll(pressure).DefaultTimeout();
        }
    }

    /// <summary>
    /// One event through a 5 s delay; then a second event arrives, which wakes the stream to read the time and arm its
    /// timer again, while the test moves fake time to the first one's due time after a spin that differs each round,
    /// so over the rounds the move lands at every point of the stream's wake-up. Nothing moves the clock after that:
    /// the stream must release the first event on what it has seen.
    /// </summary>
    private static async Task OneRoundAsync(int round)
    {
        var time = new FakeTimeProvider(RecordingFile.Start);
        var source = new ControlledSource();
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = time };
        await using var events = source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await source.SendAsync(Chart(round + 1));
        time.Advance(TimeSpan.FromSeconds(4));

        source.Write(Clock(round));
        Thread.SpinWait(round % 50 * 40);
        time.Advance(TimeSpan.FromSeconds(1));

        (await next.DefaultTimeout()).Should().BeTrue($"round {round}: the chart arrived 5 s ago");
        events.Current.Should().Be(Chart(round + 1));
    }

    /// <summary>Threads that keep both the CPUs and the thread pool's queue busy, as a parallel build does.</summary>
    private static Task[] StartBusyWork(CancellationToken stop)
    {
        var spinners = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    Thread.SpinWait(10_000);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));
        var queue = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var burst = Enumerable.Range(0, 16).Select(_ => Task.Run(() => Thread.SpinWait(2_000)));
                await Task.WhenAll(burst);
            }
        });
        return [.. spinners, queue];
    }

    private static ChartEvent Chart(long seq) => (ChartEvent)LiveDataMessageSerializer.Deserialize(Messages.Sequenced(seq));

    private static ClockEvent Clock(int tick) => (ClockEvent)LiveDataMessageSerializer.Deserialize(Messages.Clock(tick));

    /// <summary>A clock that moves its inner fake clock by <paramref name="move"/> just before the first timer is made.</summary>
    private sealed class ClockMovedOnArm(FakeTimeProvider inner, TimeSpan move) : TimeProvider
    {
        private int _armed;

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (Interlocked.Exchange(ref _armed, 1) == 0)
            {
                inner.Advance(move);
            }

            return inner.CreateTimer(callback, state, dueTime, period);
        }
    }
}
