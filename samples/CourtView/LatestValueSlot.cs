namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// One value that is only ever replaced: the writer publishes, the reader takes the newest. A reader that falls behind
/// skips values instead of queueing them, so a slow browser costs one reference, never a backlog.
/// </summary>
/// <typeparam name="T">The value; published values are immutable.</typeparam>
/// <remarks>Thread-safe for one reader and any number of writers.</remarks>
internal sealed class LatestValueSlot<T>
    where T : class
{
    private readonly object _gate = new();
    private T? _value;
    private long _version;
    private long _readVersion;
    private long _skipped;
    private bool _completed;
    private TaskCompletionSource? _waiter;

    /// <summary>Gets how many published values were replaced before the reader took them.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Replaces the value and wakes the reader.</summary>
    public void Publish(T value)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            if (_version > _readVersion)
            {
                _skipped++;
            }

            _value = value;
            _version++;
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    /// <summary>Ends the reader's wait once it has taken the last value.</summary>
    public void Complete()
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            _completed = true;
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    /// <summary>Takes the newest value if one was published since the last take.</summary>
    public bool TryTake(out T value)
    {
        lock (_gate)
        {
            if (_version > _readVersion)
            {
                _readVersion = _version;
                value = _value!;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>Waits for a value newer than the last one taken and takes the newest.</summary>
    /// <returns>The value, or <see langword="null"/> once completed with nothing new.</returns>
    public async ValueTask<T?> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                if (_version > _readVersion)
                {
                    _readVersion = _version;
                    return _value;
                }

                if (_completed)
                {
                    return null;
                }

                _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _waiter.Task;
            }

            await wait.WaitAsync(cancellationToken);
        }
    }
}
