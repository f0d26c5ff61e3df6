using ShotTracker.LiveData.Game;
namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// One reader's bounded queue of changes. Keep-latest for the volatile kinds: a clock or positions change merges into
/// a waiting clock or positions change at the tail; and when the queue is full, the newest change merges into the
/// tail. So a slow reader never falls further behind than the capacity, and always ends on the latest snapshot.
/// </summary>
internal sealed class ChangeQueue(int capacity)
{
    private readonly object _gate = new();
    private readonly LinkedList<GameChange> _items = new();
    private TaskCompletionSource<bool>? _waiter;
    private bool _completed;

    public void Publish(GameChange change)
    {
        TaskCompletionSource<bool>? wake;
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            if (_items.Last is { } tail && ((tail.Value.IsVolatileOnly && change.IsVolatileOnly) || _items.Count >= capacity))
            {
                tail.Value = tail.Value.MergeWith(change);
            }
            else
            {
                _items.AddLast(change);
            }

            wake = _waiter;
            _waiter = null;
        }

        wake?.TrySetResult(true);
    }

    public void Complete()
    {
        TaskCompletionSource<bool>? wake;
        lock (_gate)
        {
            _completed = true;
            wake = _waiter;
            _waiter = null;
        }

        wake?.TrySetResult(true);
    }

    /// <summary>Takes the next change; <see langword="null"/> once completed and drained.</summary>
    public async ValueTask<GameChange?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<bool> waiter;
            lock (_gate)
            {
                if (_items.First is { } first)
                {
                    _items.RemoveFirst();
                    return first.Value;
                }

                if (_completed)
                {
                    return null;
                }

                // A waiter cancelled by an earlier read's token is not reused.
                if (_waiter is null || _waiter.Task.IsCompleted)
                {
                    _waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                waiter = _waiter;
            }

            using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetCanceled(), waiter))
            {
                await waiter.Task.ConfigureAwait(false);
            }
        }
    }
}
