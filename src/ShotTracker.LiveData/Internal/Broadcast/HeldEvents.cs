using System.Runtime.ExceptionServices;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Broadcast;

/// <summary>
/// The events one delayed stream holds, oldest first, with the time each arrived: one writer (the read-ahead), one
/// reader (the consumer). Arrival times only grow, so when an event is due every older one is too; that is what lets
/// a keep-latest value be dropped in O(1) when the newest value of its source is also due.
/// </summary>
internal sealed class HeldEvents(DelaySettings settings)
{
    private readonly object _gate = new();
    private readonly LinkedList<(LiveDataEvent Event, TimeSpan ArrivedAt)> _items = new();
    private readonly LinkedListNode<(LiveDataEvent Event, TimeSpan ArrivedAt)>?[] _newest =
        new LinkedListNode<(LiveDataEvent, TimeSpan)>?[SourceTable.IndexCapacity];

    private TaskCompletionSource<bool>? _readerWaiter;
    private TaskCompletionSource<bool>? _writerWaiter;
    private bool _completed;
    private ExceptionDispatchInfo? _error;

    /// <summary>Gets how many keep-latest values were dropped because a newer one of their source was also due.</summary>
    public long Superseded { get; private set; }

    /// <summary>Gets whether the writer waits in <see cref="AddAsync"/> for the reader to take an event.</summary>
    public bool WriterWaits
    {
        get
        {
            lock (_gate)
            {
                return _writerWaiter is not null;
            }
        }
    }

    /// <summary>Holds <paramref name="item"/>, waiting first while <see cref="DelaySettings.MaxHeld"/> events are held.</summary>
    public async Task AddAsync(LiveDataEvent item, TimeSpan arrivedAt, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<bool> waiter;
            lock (_gate)
            {
                if (_items.Count < settings.MaxHeld)
                {
                    var node = _items.AddLast((item, arrivedAt));
                    if (item.Source is { } source && settings.KeepLatest[(int)source])
                    {
                        _newest[(int)source] = node;
                    }

                    WakeReader();
                    return;
                }

                waiter = _writerWaiter ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            using (cancellationToken.Register(static w => ((TaskCompletionSource<bool>)w!).TrySetCanceled(), waiter))
            {
                await waiter.Task.ConfigureAwait(false);
            }
        }
    }

    /// <summary>Marks the end of the source: after the events held, the reader ends or rethrows <paramref name="error"/>.</summary>
    public void Complete(Exception? error)
    {
        lock (_gate)
        {
            _completed = true;
            _error = error is null ? null : ExceptionDispatchInfo.Capture(error);
            WakeReader();
        }
    }

    /// <summary>Wakes a reader waiting in <see cref="TryTake"/>'s task, to look again (the delay changed, time passed, a stop).</summary>
    public void Wake()
    {
        lock (_gate)
        {
            WakeReader();
        }
    }

    /// <summary>
    /// Takes the oldest event if it is due at <paramref name="now"/> with <paramref name="delay"/>. Otherwise returns
    /// how long until it is due (<see cref="Timeout.InfiniteTimeSpan"/> when nothing is held) and a task that
    /// completes when something changes; at the end, returns <see langword="false"/> with no task.
    /// </summary>
    public bool TryTake(TimeSpan now, TimeSpan delay, out LiveDataEvent? item, out TimeSpan dueIn, out Task? changed)
    {
        lock (_gate)
        {
            while (_items.First is { } head)
            {
                var due = head.Value.ArrivedAt + delay;
                if (due > now)
                {
                    item = null;
                    dueIn = due - now;
                    changed = WaitForChange();
                    return false;
                }

                _items.RemoveFirst();
                _writerWaiter?.TrySetResult(true);
                _writerWaiter = null;
                if (head.Value.Event.Source is { } source && settings.KeepLatest[(int)source] && !ReferenceEquals(_newest[(int)source], head))
                {
                    // A newer value of this source is also due (it arrived later, so it is due no later): skip this one.
                    if (_newest[(int)source]!.Value.ArrivedAt + delay <= now)
                    {
                        Superseded++;
                        continue;
                    }
                }
                else if (head.Value.Event.Source is { } newest && ReferenceEquals(_newest[(int)newest], head))
                {
                    _newest[(int)newest] = null;
                }

                item = head.Value.Event;
                dueIn = TimeSpan.Zero;
                changed = null;
                return true;
            }

            item = null;
            dueIn = Timeout.InfiniteTimeSpan;
            changed = _completed ? null : WaitForChange();
            return false;
        }
    }

    /// <summary>Rethrows the source's exception, if it failed.</summary>
    public void ThrowIfFailed()
    {
        lock (_gate)
        {
            _error?.Throw();
        }
    }

    private Task WaitForChange() => (_readerWaiter ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private void WakeReader()
    {
        _readerWaiter?.TrySetResult(true);
        _readerWaiter = null;
    }
}
