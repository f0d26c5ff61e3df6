using System.Runtime.ExceptionServices;
using ShotTracker.LiveData.Protocol;

namespace ShotTracker.LiveData.Connection;

/// <summary>
/// The bounded queue between the socket reader and the consumer: one writer, one reader.
/// </summary>
/// <remarks>
/// A <c>Channel&lt;T&gt;</c> cannot take back an item it has queued, which <see cref="LiveDataBackpressurePolicy.KeepLatest"/>
/// needs (the waiting value of a source is replaced and moves to the end, so order between sources is kept). So this
/// is a small linked list under a lock. <see cref="LiveDataBackpressurePolicy.Buffer"/> events count against the
/// capacity and make the writer wait when it is reached; keep-latest events are at most one per source.
/// </remarks>
internal sealed class EventBuffer(int capacity)
{
    private readonly object _gate = new();
    private readonly LinkedList<LiveDataEvent> _items = new();
    private readonly LinkedListNode<LiveDataEvent>?[] _latest = new LinkedListNode<LiveDataEvent>?[SourceTable.IndexCapacity];
    private int _bufferedCount;
    private TaskCompletionSource<bool>? _readerWaiter;
    private TaskCompletionSource<bool>? _writerWaiter;
    private bool _completed;
    private ExceptionDispatchInfo? _error;

    /// <summary>Gets whether the writer is waiting for the consumer to make room.</summary>
    public bool IsWriterWaiting
    {
        get
        {
            lock (_gate)
            {
                return _writerWaiter is not null;
            }
        }
    }

    /// <summary>Gets the number of events waiting for the consumer.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Queues <paramref name="item"/>; returns <see langword="true"/> when it replaced a waiting keep-latest event.</summary>
    public async ValueTask<bool> WriteAsync(LiveDataEvent item, bool keepLatest, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<bool> waiter;
            lock (_gate)
            {
                if (_completed)
                {
                    throw new InvalidOperationException("The event buffer is completed.");
                }

                if (keepLatest && item.Source is { } source)
                {
                    var replaced = false;
                    if (_latest[(int)source] is { } waiting)
                    {
                        _items.Remove(waiting);
                        replaced = true;
                    }

                    _latest[(int)source] = _items.AddLast(item);
                    WakeReader();
                    return replaced;
                }

                if (_bufferedCount < capacity)
                {
                    _items.AddLast(item);
                    _bufferedCount++;
                    WakeReader();
                    return false;
                }

                waiter = _writerWaiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            await WaitAsync(waiter, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the next event; <see langword="null"/> once completed and drained, or throws the completion error.</summary>
    public async ValueTask<LiveDataEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<bool> waiter;
            lock (_gate)
            {
                if (_items.First is { } first)
                {
                    _items.RemoveFirst();
                    if (first.Value.Source is { } source && _latest[(int)source] == first)
                    {
                        _latest[(int)source] = null;
                    }
                    else
                    {
                        _bufferedCount--;
                    }

                    _writerWaiter?.TrySetResult(true);
                    _writerWaiter = null;
                    return first.Value;
                }

                if (_completed)
                {
                    // Rethrown with the stack trace of where it was first thrown (a token provider, the pipeline).
                    _error?.Throw();

                    return null;
                }

                waiter = _readerWaiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            await WaitAsync(waiter, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the buffer: the reader drains what is queued, then sees the end or <paramref name="error"/>.</summary>
    public void Complete(Exception? error = null)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            _error = error is null ? null : ExceptionDispatchInfo.Capture(error);
            WakeReader();
            _writerWaiter?.TrySetResult(true);
            _writerWaiter = null;
        }
    }

    private static async Task WaitAsync(TaskCompletionSource<bool> waiter, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            await waiter.Task.ConfigureAwait(false);
            return;
        }

        using (cancellationToken.Register(static s => ((TaskCompletionSource<bool>)s!).TrySetCanceled(), waiter))
        {
            await waiter.Task.ConfigureAwait(false);
        }
    }

    private void WakeReader()
    {
        _readerWaiter?.TrySetResult(true);
        _readerWaiter = null;
    }
}
