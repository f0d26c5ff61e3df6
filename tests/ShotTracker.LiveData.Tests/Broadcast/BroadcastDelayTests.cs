using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Internal.Broadcast;
using ShotTracker.LiveData.Tests.Infrastructure;
using ShotTracker.LiveData.Tests.Replay;

namespace ShotTracker.LiveData.Tests.Broadcast;

public sealed class BroadcastDelayTests
{
    private readonly FakeTimeProvider _time = new(RecordingFile.Start);
    private readonly ControlledSource _source = new();

    [Fact]
    public async Task WithBroadcastDelay_HoldsEachEventUntilItArrivedPlusTheDelay_InOrderAcrossSources()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = _time };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        _time.Advance(TimeSpan.FromSeconds(2));
        await _source.SendAsync(Clock(1));

        _time.Advance(TimeSpan.FromSeconds(2.9));
        await HeldUntilAsync(events, first, TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        (await first.DefaultTimeout()).Should().BeTrue();
        events.Current.Should().Be(Chart(1));

        var second = events.MoveNextAsync().AsTask();
        _time.Advance(TimeSpan.FromSeconds(1.9));
        await HeldUntilAsync(events, second, TimeSpan.FromSeconds(7));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        (await second.DefaultTimeout()).Should().BeTrue();
        events.Current.Should().Be(Clock(1));
    }

    [Fact]
    public async Task Delay_LengthenedWhileRunning_HoldsTheHeldEventsLonger()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = _time };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        _time.Advance(TimeSpan.FromSeconds(3));

        delay.Delay = TimeSpan.FromSeconds(10);
        _time.Advance(TimeSpan.FromSeconds(3));
        await HeldUntilAsync(events, next, TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(4));

        (await next.DefaultTimeout()).Should().BeTrue();
        events.Current.Should().Be(Chart(1));
    }

    [Fact]
    public async Task Delay_ShortenedWhileRunning_ReleasesWhatIsNowDueAtOnceInOrder()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(30)) { TimeProvider = _time };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        await _source.SendAsync(Clock(1));
        await _source.SendAsync(Chart(2));
        _time.Advance(TimeSpan.FromSeconds(1));
        await HeldUntilAsync(events, next, TimeSpan.FromSeconds(30));

        delay.Delay = TimeSpan.FromSeconds(1);

        var released = new List<LiveDataEvent>();
        (await next.DefaultTimeout()).Should().BeTrue();
        released.Add(events.Current);
        for (var i = 0; i < 2; i++)
        {
            (await events.MoveNextAsync().AsTask().DefaultTimeout()).Should().BeTrue("every event arrived at least 1 s ago");
            released.Add(events.Current);
        }

        released.Should().Equal(Chart(1), Clock(1), Chart(2));
    }

    [Fact]
    public async Task KeepLatest_SeveralValuesOfASourceDueAtOnce_YieldsOnlyTheNewestAndEverySequencedEvent()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(10)) { TimeProvider = _time };
        delay.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest;
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        LiveDataEvent[] sent = [Clock(1), Chart(1), Clock(2), Clock(3), Chart(2), Clock(4)];
        foreach (var item in sent)
        {
            await _source.SendAsync(item);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await _source.SendAsync(Clock(5));

        // 10 s after the first event: the first one is due alone, so it comes out although newer clocks are held.
        _time.Advance(TimeSpan.FromSeconds(4));
        (await first.DefaultTimeout()).Should().BeTrue();
        events.Current.Should().Be(Clock(1));

        // The operator cuts the delay: everything is due at once, and of the clocks only the newest is needed.
        delay.Delay = TimeSpan.Zero;
        _source.Complete();
        var rest = new List<LiveDataEvent>();
        while (await events.MoveNextAsync().AsTask().DefaultTimeout())
        {
            rest.Add(events.Current);
        }

        rest.Should().Equal(Chart(1), Chart(2), Clock(5));
    }

    [Fact]
    public async Task KeepLatest_ConsumerKeepingUp_LosesNothing()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(2)) { TimeProvider = _time };
        delay.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest;
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        for (var i = 1; i <= 3; i++)
        {
            await _source.SendAsync(Clock(i));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var released = new List<LiveDataEvent>();
        for (var i = 0; i < 3; i++)
        {
            next = i == 0 ? next : events.MoveNextAsync().AsTask();
            await Wait.UntilAsync(() => { _time.Advance(TimeSpan.FromMilliseconds(100)); return next.IsCompleted; }, "the next clock");
            (await next).Should().BeTrue();
            released.Add(events.Current);
        }

        released.Should().Equal(Clock(1), Clock(2), Clock(3));
    }

    [Fact]
    public async Task SourceFails_HeldEventsAreReleasedAtTheirTimeThenTheErrorIsThrown()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = _time };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        _source.Complete(new LiveDataException("lost for good"));
        await HeldUntilAsync(events, next, TimeSpan.FromSeconds(5));

        _time.Advance(TimeSpan.FromSeconds(5));
        (await next.DefaultTimeout()).Should().BeTrue();
        events.Current.Should().Be(Chart(1));
        var end = () => events.MoveNextAsync().AsTask();
        (await end.Should().ThrowAsync<LiveDataException>().DefaultTimeout()).WithMessage("lost for good");
    }

    [Fact]
    public async Task Cancelled_StopsTheConsumerAndTheSource()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = _time };
        using var stop = new CancellationTokenSource();
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator(stop.Token);
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));

        stop.Cancel();

        await next.Invoking(n => n).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        await Wait.UntilAsync(() => _source.Cancelled, "the source to be cancelled");
    }

    [Fact]
    public async Task DisposeAsync_WhileAMoveNextWaits_CancelsItStopsTheSourceAndReturns()
    {
        // A consumer that gave up on the next event (a timeout, Task.WhenAny) disposes while MoveNextAsync waits; the
        // dispose must not throw over the reason it gave up.
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = _time };
        var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));

        await events.DisposeAsync().AsTask().DefaultTimeout();

        _source.Cancelled.Should().BeTrue("the source is stopped before dispose returns");
        await next.Invoking(n => n).Should().ThrowAsync<OperationCanceledException>().DefaultTimeout();
        await events.DisposeAsync().AsTask().DefaultTimeout();
    }

    [Fact]
    public async Task MaxHeldEvents_Reached_StopsReadingUntilTheConsumerTakesOne_AndLosesNothing()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(1)) { TimeProvider = _time, MaxHeldEvents = 2 };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        await _source.SendAsync(Chart(2));
        var pulls = _source.Pulls;
        _source.Write(Chart(3));
        await Wait.UntilAsync(() => ((BroadcastDelayEnumerator)events).ReadAheadWaits, "the read-ahead to wait for room");
        _source.Pulls.Should().Be(pulls, "two events are held, so the third waits to be held and the source is not read further");
        _source.Complete();
        _time.Advance(TimeSpan.FromSeconds(1));

        var released = new List<LiveDataEvent>();
        (await first.DefaultTimeout()).Should().BeTrue();
        released.Add(events.Current);
        while (await events.MoveNextAsync().AsTask().DefaultTimeout())
        {
            released.Add(events.Current);
        }

        released.Should().Equal(Chart(1), Chart(2), Chart(3));
    }

    [Fact]
    public async Task ReplayOfARecordedFile_ThroughTheDelay_ComesOutWholeInOrderAfterTheDelay()
    {
        var game = Enumerable.Range(1, 200).Select(i => (TimeSpan.FromMilliseconds(10 * i), i % 4 == 0 ? Messages.Clock(i) : Messages.Sequenced(i)));
        using var file = await RecordingFile.WriteAsync(game);
        await using var replay = new NdjsonReplayClient(file.Path);
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(7)) { TimeProvider = _time };
        await using var events = replay.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();

        var first = events.MoveNextAsync().AsTask();
        await Wait.UntilAsync(() => replay.State == LiveDataConnectionState.Closed, "the replay to be read ahead");
        await HeldUntilAsync(events, first, TimeSpan.FromSeconds(7));
        _time.Advance(TimeSpan.FromSeconds(7));

        var released = new List<LiveDataEvent>();
        (await first.DefaultTimeout()).Should().BeTrue();
        released.Add(events.Current);
        while (await events.MoveNextAsync().AsTask().DefaultTimeout())
        {
            released.Add(events.Current);
        }

        released.Select(LiveDataMessageSerializer.SerializeToString).Should().Equal(
            game.Select(m => LiveDataMessageSerializer.SerializeToString(LiveDataMessageSerializer.Deserialize(m.Item2))));
    }

    [Fact]
    public async Task WallClockSteppedBack_DoesNotHoldEventsLonger()
    {
        // NTP may step the wall clock; the delay is measured on the monotonic clock, so the step changes nothing.
        var clock = new SteppedWallClock(_time);
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = clock };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        clock.Step = TimeSpan.FromSeconds(-3);

        _time.Advance(TimeSpan.FromSeconds(4));

        (await next.DefaultTimeout()).Should().BeTrue("5 s passed since the event arrived, whatever the wall clock says");
        events.Current.Should().Be(Chart(1));
    }

    [Fact]
    public async Task WallClockSteppedForward_DoesNotReleaseEventsEarly()
    {
        var clock = new SteppedWallClock(_time);
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(5)) { TimeProvider = clock };
        await using var events = _source.StreamAsync().WithBroadcastDelay(delay).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await _source.SendAsync(Chart(1));
        clock.Step = TimeSpan.FromSeconds(10);
        _time.Advance(TimeSpan.FromSeconds(1));

        await HeldUntilAsync(events, next, TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(4));
        (await next.DefaultTimeout()).Should().BeTrue();
    }

    [Fact]
    public void Arguments_AreCheckedWhenTheOperatorIsApplied()
    {
        var delay = new BroadcastDelay(TimeSpan.FromSeconds(1));
        delay.BackpressurePolicies[LiveDataSource.Chart] = LiveDataBackpressurePolicy.KeepLatest;

        FluentActions.Invoking(() => _source.StreamAsync().WithBroadcastDelay(delay)).Should().Throw<ArgumentException>().WithMessage("*sequenced*");
        FluentActions.Invoking(() => new BroadcastDelay(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => _source.StreamAsync().WithBroadcastDelay(new BroadcastDelay(TimeSpan.Zero) { MaxHeldEvents = 0 })).Should().Throw<ArgumentException>();
    }

    /// <summary>
    /// Waits until the delayed stream waits for its oldest event to be due <paramref name="dueAt"/> after it started,
    /// and checks it did not let <paramref name="next"/> out before. The wait is armed then, so fake time may move on.
    /// </summary>
    private static async Task HeldUntilAsync(IAsyncEnumerator<LiveDataEvent> events, Task<bool> next, TimeSpan dueAt)
    {
        var stream = (BroadcastDelayEnumerator)events;
        await Wait.UntilAsync(() => next.IsCompleted || stream.WaitsUntil == dueAt, $"the delay to hold its next event until {dueAt}");
        next.IsCompleted.Should().BeFalse($"the next event is due {dueAt} after the stream started");
    }

    private static ChartEvent Chart(long seq) => (ChartEvent)LiveDataMessageSerializer.Deserialize(Messages.Sequenced(seq));

    private static ClockEvent Clock(int tick) => (ClockEvent)LiveDataMessageSerializer.Deserialize(Messages.Clock(tick));

    /// <summary>A clock whose wall time can be stepped (as NTP does) while its monotonic time and timers run on.</summary>
    private sealed class SteppedWallClock(FakeTimeProvider inner) : TimeProvider
    {
        public TimeSpan Step { get; set; }

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Step;

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime, period);
    }
}
