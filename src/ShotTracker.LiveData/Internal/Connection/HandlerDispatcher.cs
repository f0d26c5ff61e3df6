using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// Runs <see cref="LiveDataClient.ConnectionStateChanged"/> and <see cref="LiveDataClient.Resumed"/> handlers one at a
/// time, in the order they were raised, on a background task: a slow handler delays the handlers after it, never the
/// receive loop. No task runs while nothing is pending.
/// </summary>
internal sealed class HandlerDispatcher(ILogger logger, ClientCounters counters)
{
    private readonly object _gate = new();
    private readonly Queue<Action> _pending = new();
    private Task _draining = Task.CompletedTask;
    private bool _active;

    /// <summary>Queues <paramref name="handler"/> behind every handler posted before it.</summary>
    public void Post(Action handler)
    {
        lock (_gate)
        {
            _pending.Enqueue(handler);
            if (_active)
            {
                return;
            }

            _active = true;
            counters.BackgroundTaskStarted();
            _draining = Task.Run(Drain);
        }
    }

    /// <summary>Completes once every handler posted so far has run.</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task draining;
            lock (_gate)
            {
                if (!_active)
                {
                    return;
                }

                draining = _draining;
            }

            await draining.ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        while (true)
        {
            Action next;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _active = false;
                    counters.BackgroundTaskEnded();
                    return;
                }

                next = _pending.Dequeue();
            }

            using (UserCallbacks.Enter(this))
            {
                try
                {
                    next();
                }
                catch (Exception ex)
                {
                    LiveDataClientLog.HandlerFailed(logger, ex);
                }
            }
        }
    }
}
