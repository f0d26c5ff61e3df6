using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Broadcast;

/// <summary>
/// The operator behind <see cref="LiveDataStreamExtensions.WithBroadcastDelay"/>: a read-ahead task fills
/// <see cref="HeldEvents"/> with stamped events, and the consumer's <c>MoveNext</c> takes each one when it is due,
/// waking on a timer, a change of the delay, a new event or cancellation.
/// </summary>
internal sealed class BroadcastDelayStream(IAsyncEnumerable<LiveDataEvent> events, BroadcastDelay delay, DelaySettings settings)
    : IAsyncEnumerable<LiveDataEvent>
{
    public IAsyncEnumerator<LiveDataEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        DelayAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<LiveDataEvent> DelayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var timeProvider = settings.TimeProvider;
        // Arrival and due times on the monotonic clock, as time since the stream started: a wall clock stepped by NTP
        // must neither hold events longer nor release them before their delay.
        var started = timeProvider.GetTimestamp();
        var held = new HeldEvents(settings);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var wakeOnStop = stop.Token.Register(held.Wake);
        var readAhead = Task.Run(() => ReadAheadAsync(held, started, stop.Token), CancellationToken.None);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Read the change signal before the delay, so a change in between still wakes the wait below.
                var delayChanged = delay.Changed;
                if (held.TryTake(timeProvider.GetElapsedTime(started), delay.Delay, out var item, out var dueIn, out var changed))
                {
                    yield return item!;
                    continue;
                }

                if (changed is null)
                {
                    held.ThrowIfFailed();
                    yield break;
                }

                using var timer = dueIn == Timeout.InfiniteTimeSpan ? null : timeProvider.CreateTimer(static h => ((HeldEvents)h!).Wake(), held, dueIn, Timeout.InfiniteTimeSpan);
                await Task.WhenAny(changed, delayChanged).ConfigureAwait(false);
            }
        }
        finally
        {
            // Stops the read-ahead (and with it the source's enumeration) before the consumer's DisposeAsync returns.
            stop.Cancel();
            await readAhead.ConfigureAwait(false);
        }
    }

    private async Task ReadAheadAsync(HeldEvents held, long started, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await held.AddAsync(item, settings.TimeProvider.GetElapsedTime(started), cancellationToken).ConfigureAwait(false);
            }

            held.Complete(null);
        }
        catch (Exception ex)
        {
            held.Complete(ex);
        }
    }
}
