namespace ShotTracker.LiveData.Internal;

/// <summary>Delays and timers through <see cref="TimeProvider"/> on every target.</summary>
internal static class TimeCompat
{
    public static Task DelayAsync(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, timeProvider, cancellationToken);
#else
        timeProvider.Delay(delay, cancellationToken);
#endif
}
