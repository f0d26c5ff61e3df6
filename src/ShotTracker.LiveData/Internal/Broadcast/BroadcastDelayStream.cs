namespace ShotTracker.LiveData.Internal.Broadcast;

/// <summary>The operator behind <see cref="LiveDataStreamExtensions.WithBroadcastDelay"/>; each enumeration is a <see cref="BroadcastDelayEnumerator"/>.</summary>
internal sealed class BroadcastDelayStream(IAsyncEnumerable<LiveDataEvent> events, BroadcastDelay delay, DelaySettings settings)
    : IAsyncEnumerable<LiveDataEvent>
{
    public IAsyncEnumerator<LiveDataEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new BroadcastDelayEnumerator(events, delay, settings, cancellationToken);
}
