using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Internal.Connection;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>
/// The pump reads the clock once per message and hands that timestamp on: to the gap tracker (when its clock is the
/// system's) and to a loop run inline, which takes its event at that moment instead of reading the clock again.
/// </summary>
public sealed class HandOffClockTests
{
    [Fact]
    public async Task SetResult_WithTheWritersTimestamp_IsWhenTheWaiterTookIt()
    {
        var signal = new ValueTaskSignal<int>();
        signal.Reset(CancellationToken.None, static _ => { }, new object());
        var wait = signal.Wait;

        signal.SetResult(7, inline: true, takenAt: 42);

        (await wait).Should().Be(7);
        signal.TakenAt.Should().Be(42, "a waiter run inline takes the result when the writer handed it over");
    }

    [Fact]
    public async Task SetResult_WithoutATimestamp_ReadsTheClockWhenTheWaiterTakesIt()
    {
        var signal = new ValueTaskSignal<int>();
        signal.Reset(CancellationToken.None, static _ => { }, new object());
        var wait = signal.Wait;
        signal.SetResult(1, inline: true, takenAt: 42);
        await wait;
        var before = Stopwatch.GetTimestamp();
        signal.Reset(CancellationToken.None, static _ => { }, new object());
        wait = signal.Wait;

        signal.SetResult(2, inline: false);

        (await wait).Should().Be(2);
        signal.TakenAt.Should().BeGreaterThanOrEqualTo(before, "a waiter woken on the pool reads the clock itself, the previous wait's timestamp is not kept");
    }

    [Fact]
    public void GapTracker_SystemClock_UsesThePumpsTimestamp()
    {
        var gaps = new GapTracker(TimeProvider.System);
        gaps.Received(Stopwatch.GetTimestamp() - (2 * Stopwatch.Frequency)); // received two seconds ago
        gaps.ConnectionEnded();

        gaps.TryTake(out var from, out var to).Should().BeTrue();

        (to - from).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2), "the last message was received at the pump's timestamp")
            .And.BeLessThan(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void GapTracker_OtherTimeProvider_ReadsItsOwnClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var gaps = new GapTracker(time);
        gaps.Received(stopwatchTimestamp: 1); // a Stopwatch timestamp means nothing on another clock
        time.Advance(TimeSpan.FromSeconds(5));
        gaps.ConnectionEnded();

        gaps.TryTake(out var from, out var to).Should().BeTrue();

        from.Should().Be(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        to.Should().Be(from + TimeSpan.FromSeconds(5));
    }
}
