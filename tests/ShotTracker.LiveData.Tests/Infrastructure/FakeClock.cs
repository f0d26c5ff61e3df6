using Microsoft.Extensions.Time.Testing;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// Drives a <see cref="FakeTimeProvider"/> against real sockets: advances in small steps and lets the real I/O run
/// between steps, so timers the client registers after a step are still honoured.
/// </summary>
internal sealed class FakeClock
{
    private readonly DateTimeOffset _start;

    public FakeClock()
    {
        _start = Time.GetUtcNow();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 19, 0, 0, TimeSpan.Zero));

    /// <summary>Gets the fake time elapsed since the clock was made.</summary>
    public TimeSpan Elapsed => Time.GetUtcNow() - _start;

    public static TimeSpan Step { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Advances by <paramref name="duration"/> in steps.</summary>
    public async Task AdvanceAsync(TimeSpan duration)
    {
        for (var done = TimeSpan.Zero; done < duration; done += Step)
        {
            Time.Advance(Step);
            await Task.Delay(10);
        }
    }

    /// <summary>Advances in steps until <paramref name="condition"/> holds; returns the fake time it took.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="limit">The most fake time to advance.</param>
    /// <param name="what">Named in the timeout message.</param>
    /// <param name="step">
    /// Fake time per step (default <see cref="Step"/>). Every step also lets about 10 ms of real time pass, so real
    /// time the client needs to react shows up as fake time: a smaller step keeps that error small on a loaded machine.
    /// </param>
    public async Task<TimeSpan> AdvanceUntilAsync(Func<bool> condition, TimeSpan limit, string what, TimeSpan? step = null)
    {
        // Let the client register the timers of what just happened before fake time moves on: fake time does not
        // pass while it does, so a measured span is never shorter than the client's real delay.
        await Task.Delay(50);
        var from = Elapsed;
        while (!condition())
        {
            if (Elapsed - from > limit)
            {
                throw new TimeoutException($"{what} did not happen within {limit} of fake time.");
            }

            Time.Advance(step ?? Step);
            await Task.Delay(10);
            await Task.Yield();
        }

        return Elapsed - from;
    }
}
