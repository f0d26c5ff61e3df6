using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ShotTracker.LiveData.Internal.Connection;

namespace ShotTracker.LiveData.Tests.Connection;

/// <summary>
/// The clocks of the hand-off: a loop's time on its event counts from when it took it, and a gap counts from the last
/// message received, on the client's own <see cref="TimeProvider"/>.
/// </summary>
public sealed class HandOffClockTests
{
    [Fact]
    public async Task SetResult_ReadsTheClockWhenTheWaiterTakesIt()
    {
        var signal = new ValueTaskSignal<int>();
        signal.Reset(CancellationToken.None, static _ => { }, new object());
        var wait = signal.Wait;
        signal.SetResult(1, inline: true);
        await wait;
        var before = Stopwatch.GetTimestamp();
        signal.Reset(CancellationToken.None, static _ => { }, new object());
        wait = signal.Wait;

        signal.SetResult(2, inline: false);

        (await wait).Should().Be(2);
        signal.TakenAt.Should().BeGreaterThanOrEqualTo(before, "a waiter woken on the pool reads the clock itself, the previous wait's timestamp is not kept");
    }

    [Fact]
    public void GapTracker_ReadsTheClientsClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var gaps = new GapTracker(time);
        gaps.Received();
        time.Advance(TimeSpan.FromSeconds(5));
        gaps.ConnectionEnded();

        gaps.TryTake(out var from, out var to).Should().BeTrue();

        from.Should().Be(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        to.Should().Be(from + TimeSpan.FromSeconds(5));
    }
}
