using ShotTracker.LiveData.Internal;

namespace ShotTracker.LiveData.Internal.Replay;

/// <summary>
/// When each message of one replay stream is due: its receive time minus the first played message's, scaled by the
/// pace, counted on the <see cref="TimeProvider"/> from the moment that first message was played.
/// </summary>
internal sealed class ReplaySchedule(LiveDataReplayPace pace, TimeProvider timeProvider)
{
    private DateTimeOffset? _firstReceivedAt;
    private long _startTimestamp;

    public Task WaitForAsync(ReplayItem item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The state at the start and lines with no receive time are played at once.
        if (pace.Factor is null || item.IsStartState || item.ReceivedAt is not { } receivedAt)
        {
            return Task.CompletedTask;
        }

        if (_firstReceivedAt is not { } first)
        {
            _firstReceivedAt = receivedAt;
            _startTimestamp = timeProvider.GetTimestamp();
            return Task.CompletedTask;
        }

        var wait = pace.DueAfter(receivedAt - first) - timeProvider.GetElapsedTime(_startTimestamp);
        return wait > TimeSpan.Zero ? TimeCompat.DelayAsync(timeProvider, wait, cancellationToken) : Task.CompletedTask;
    }
}
