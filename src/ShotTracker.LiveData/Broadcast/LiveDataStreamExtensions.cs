using ShotTracker.LiveData.Internal.Broadcast;

namespace ShotTracker.LiveData;

/// <summary>Operators over a stream of <see cref="LiveDataEvent"/>s, from any <see cref="ILiveDataClient"/>.</summary>
public static class LiveDataStreamExtensions
{
    /// <summary>Holds each event of <paramref name="events"/> until it arrived plus <see cref="BroadcastDelay.Delay"/>.</summary>
    /// <param name="events">The events, for example <c>client.StreamAsync(ct)</c>.</param>
    /// <param name="delay">The delay, its clock and policies; see <see cref="BroadcastDelay"/>.</param>
    /// <returns>
    /// The same events, in order, each released at its due time. When the source ends or fails, the events still held
    /// are released at their times first, then the stream ends or rethrows the source's exception. Cancelling the
    /// enumeration cancels the source's.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="delay"/> sets <see cref="LiveDataBackpressurePolicy.KeepLatest"/> for a sequenced source, or its
    /// <see cref="BroadcastDelay.MaxHeldEvents"/> is not positive, or its <see cref="BroadcastDelay.TimeProvider"/> is null.
    /// </exception>
    public static IAsyncEnumerable<LiveDataEvent> WithBroadcastDelay(this IAsyncEnumerable<LiveDataEvent> events, BroadcastDelay delay)
    {
        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        if (delay is null)
        {
            throw new ArgumentNullException(nameof(delay));
        }

        return new BroadcastDelayStream(events, delay, DelaySettings.From(delay));
    }
}
