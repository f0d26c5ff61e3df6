using System.Runtime.CompilerServices;

namespace ShotTracker.LiveData.Internal.Broadcast;

/// <summary>
/// One enumeration of a delayed stream: a read-ahead task fills <see cref="HeldEvents"/> with stamped events, and the
/// consumer's <c>MoveNext</c> takes each one when it is due, waking on a timer, a change of the delay, a new event or
/// cancellation.
/// </summary>
/// <remarks>
/// The loop is a compiler-generated iterator wrapped by hand for one reason: its <c>DisposeAsync</c> throws
/// <see cref="NotSupportedException"/> while a <c>MoveNextAsync</c> is still waiting, which is exactly when a consumer
/// that gave up on an event (a timeout, a <c>Task.WhenAny</c>) disposes it, and that exception then replaces the one
/// saying why it gave up. Here dispose cancels the waiting <c>MoveNextAsync</c> (it ends in
/// <see cref="OperationCanceledException"/>) and returns once the loop and the read-ahead have stopped.
/// </remarks>
internal sealed class BroadcastDelayEnumerator : IAsyncEnumerator<LiveDataEvent>
{
    private const long NotWaiting = long.MinValue;

    /// <summary>How far a clock may move while a timer is armed and the timer still be kept: scheduling noise, not a move.</summary>
    private static readonly TimeSpan ArmTolerance = TimeSpan.FromMilliseconds(1);

    private readonly IAsyncEnumerable<LiveDataEvent> _events;
    private readonly BroadcastDelay _delay;
    private readonly DelaySettings _settings;
    private readonly HeldEvents _held;
    private readonly CancellationTokenSource _abandon;
    private readonly IAsyncEnumerator<LiveDataEvent> _loop;
    private Task<bool>? _moving;
    private long _waitsUntilTicks = NotWaiting;

    public BroadcastDelayEnumerator(IAsyncEnumerable<LiveDataEvent> events, BroadcastDelay delay, DelaySettings settings, CancellationToken cancellationToken)
    {
        _events = events;
        _delay = delay;
        _settings = settings;
        _held = new HeldEvents(settings);
        _abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = DelayAsync(_abandon.Token).GetAsyncEnumerator(_abandon.Token);
    }

    public LiveDataEvent Current => _loop.Current;

    /// <summary>
    /// Gets, while the consumer waits, the time since the stream started at which its oldest held event is due
    /// (<see cref="Timeout.InfiniteTimeSpan"/> when it waits for an event to arrive); <see langword="null"/> while it
    /// does not wait. Set once the wait is armed: a clock moved after it is seen. Tests wait for it before moving fake time.
    /// </summary>
    internal TimeSpan? WaitsUntil => Volatile.Read(ref _waitsUntilTicks) is var ticks && ticks != NotWaiting ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>Gets whether the read-ahead waits for the consumer to take an event, <see cref="BroadcastDelay.MaxHeldEvents"/> being held.</summary>
    internal bool ReadAheadWaits => _held.WriterWaits;

    public ValueTask<bool> MoveNextAsync()
    {
        var next = _loop.MoveNextAsync();
        if (next.IsCompleted)
        {
            return next;
        }

        // Kept so DisposeAsync can tell a consumer that gave up on this wait from one that finished.
        var moving = next.AsTask();
        _moving = moving;
        return new ValueTask<bool>(moving);
    }

    public async ValueTask DisposeAsync()
    {
        if (_moving is { IsCompleted: false } moving)
        {
            _abandon.Cancel();
            // Waits without rethrowing: how that MoveNextAsync ended is its awaiter's to see; dispose only stops.
            await Task.WhenAny(moving).ConfigureAwait(false);
        }

        await _loop.DisposeAsync().ConfigureAwait(false);
        _abandon.Dispose();
    }

    private async IAsyncEnumerable<LiveDataEvent> DelayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var timeProvider = _settings.TimeProvider;
        // Arrival and due times on the monotonic clock, as time since the stream started: a wall clock stepped by NTP
        // must neither hold events longer nor release them before their delay.
        var started = timeProvider.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var wakeOnStop = stop.Token.Register(_held.Wake);
        var readAhead = Task.Run(() => ReadAheadAsync(started, stop.Token), CancellationToken.None);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Read the change signal before the delay, so a change in between still wakes the wait below.
                var delayChanged = _delay.Changed;
                var now = timeProvider.GetElapsedTime(started);
                if (_held.TryTake(now, _delay.Delay, out var item, out var dueIn, out var changed))
                {
                    yield return item!;
                    continue;
                }

                if (changed is null)
                {
                    _held.ThrowIfFailed();
                    yield break;
                }

                var dueAt = dueIn == Timeout.InfiniteTimeSpan ? dueIn : now + dueIn;
                using var timer = dueIn == Timeout.InfiniteTimeSpan ? null : ArmTimer(timeProvider, started, dueAt);
                if (dueIn != Timeout.InfiniteTimeSpan && timer is null)
                {
                    continue; // Due by the time the timer would have been armed.
                }

                Volatile.Write(ref _waitsUntilTicks, dueAt.Ticks);
                await Task.WhenAny(changed, delayChanged).ConfigureAwait(false);
                Volatile.Write(ref _waitsUntilTicks, NotWaiting);
            }
        }
        finally
        {
            // Stops the read-ahead (and with it the source's enumeration) before the consumer's DisposeAsync returns.
            stop.Cancel();
            await readAhead.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Arms a timer that wakes the stream at <paramref name="dueAt"/> (time since <paramref name="started"/>), or
    /// returns <see langword="null"/> when that time has come already. A timer counts from when it is made, so a clock
    /// that moved between the look at it and the arming (a thread descheduled here, fake time advanced by another
    /// thread) would leave it late by the move, and nothing else may wake this wait: a look after arming that finds the
    /// clock moved re-arms from where it is now. A move under <see cref="ArmTolerance"/> is a real clock ticking on.
    /// </summary>
    private ITimer? ArmTimer(TimeProvider timeProvider, long started, TimeSpan dueAt)
    {
        while (true)
        {
            var before = timeProvider.GetElapsedTime(started);
            if (before >= dueAt)
            {
                return null;
            }

            var timer = timeProvider.CreateTimer(static h => ((HeldEvents)h!).Wake(), _held, dueAt - before, Timeout.InfiniteTimeSpan);
            if (timeProvider.GetElapsedTime(started) - before < ArmTolerance)
            {
                return timer;
            }

            timer.Dispose();
        }
    }

    private async Task ReadAheadAsync(long started, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in _events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await _held.AddAsync(item, _settings.TimeProvider.GetElapsedTime(started), cancellationToken).ConfigureAwait(false);
            }

            _held.Complete(null);
        }
        catch (Exception ex)
        {
            _held.Complete(ex);
        }
    }
}
