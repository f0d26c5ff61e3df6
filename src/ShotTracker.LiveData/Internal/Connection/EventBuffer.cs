using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The bounded queue between the socket reader and the consumer: one writer, one reader.
/// </summary>
/// <remarks>
/// <para>
/// A <c>Channel&lt;T&gt;</c> cannot take back an item it has queued, which <see cref="LiveDataBackpressurePolicy.KeepLatest"/>
/// needs (the waiting value of a source is replaced and moves to the end, so order between sources is kept): hence an
/// <see cref="EventQueue"/> under a lock. <see cref="LiveDataBackpressurePolicy.Buffer"/> events count against the
/// capacity and make the writer wait when it is reached; keep-latest events are at most one per source.
/// </para>
/// <para>
/// The hand-off is what costs at high rates, not the queue: waking a waiting consumer on the thread pool for every
/// message took about 5 µs and a thread hop each. So an event for a consumer that is already waiting goes straight
/// to it, and the consumer runs on the writer's thread until it waits again (as the reader and the consumer of a raw
/// socket loop would). While it runs there the writer is held, which <see cref="IsWriterWaiting"/> reports, exactly as
/// a writer waiting for room. A consumer that spent longer than the inline budget on its last event (slow work, or an
/// await of its own) is woken on the thread pool instead, so the writer keeps reading, coalescing keep-latest values
/// and answering keep-alive while it works. Waits reuse one <see cref="ValueTaskSignal{T}"/> per side: nothing is
/// allocated per message.
/// </para>
/// </remarks>
internal sealed class EventBuffer
{
    /// <summary>How long a consumer may hold the writer's thread with its last event and still be run inline.</summary>
    public static readonly TimeSpan DefaultInlineBudget = TimeSpan.FromMilliseconds(1);

    private static readonly Action<object?> CancelReader = static s => ((EventBuffer)s!).CancelWait(reader: true);
    private static readonly Action<object?> CancelWriter = static s => ((EventBuffer)s!).CancelWait(reader: false);

    private readonly object _gate = new();
    private readonly int _capacity;
    private readonly long _inlineBudget;
    private readonly EventQueue _queue = new();
    private readonly ValueTaskSignal<LiveDataEvent?> _reader = new();
    private readonly ValueTaskSignal<bool> _writer = new();
    private bool _readerWaiting;
    private LiveDataEvent? _parked; // the writer's event while it waits for room
    private volatile bool _writerWaiting;
    private volatile bool _deliveringInline;
    private volatile bool _consumerSlow;
    private volatile bool _inlineAllowed = true;
    private bool _completed;
    private ExceptionDispatchInfo? _error;

    /// <summary>Initializes a buffer of <paramref name="capacity"/> buffered events.</summary>
    /// <param name="capacity">How many <see cref="LiveDataBackpressurePolicy.Buffer"/> events may wait before the writer waits.</param>
    /// <param name="inlineBudget">How long the consumer may have taken over its last event to be run on the writer's thread; <see cref="DefaultInlineBudget"/> when <see langword="null"/>, <see cref="TimeSpan.Zero"/> never.</param>
    public EventBuffer(int capacity, TimeSpan? inlineBudget = null)
    {
        _capacity = capacity;
        var budget = inlineBudget ?? DefaultInlineBudget;
        _inlineBudget = budget <= TimeSpan.Zero ? -1 : (long)(budget.TotalSeconds * Stopwatch.Frequency);
        _consumerSlow = _inlineBudget < 0;
    }

    /// <summary>
    /// Gets whether the writer is held by the consumer: waiting for room, or running the consumer on its thread.
    /// </summary>
    public bool IsWriterWaiting => _writerWaiting || _deliveringInline;

    /// <summary>
    /// Gets or sets whether the consumer may be run on the writer's thread at all; off while the writer feeds other
    /// buffers too, so one consumer's body never holds up the others.
    /// </summary>
    public bool InlineAllowed
    {
        get => _inlineAllowed;
        set => _inlineAllowed = value;
    }

    /// <summary>Gets the number of events waiting for the consumer.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Gets whether the current thread is running this buffer's consumer inside the writer's call.</summary>
    public bool IsDeliveringOnCurrentThread => UserCallbacks.IsRunningFor(this);

    /// <summary>Queues <paramref name="item"/>; returns <see langword="true"/> when it replaced a waiting keep-latest event.</summary>
    /// <param name="item">The event.</param>
    /// <param name="keepLatest">Whether a newer event of its source replaces it while it waits.</param>
    /// <param name="cancellationToken">Stops a wait for room.</param>
    public ValueTask<bool> WriteAsync(LiveDataEvent item, bool keepLatest, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The event buffer is completed.");
            }

            if (!_readerWaiting)
            {
                if (keepLatest && item.Source is { } source)
                {
                    return new ValueTask<bool>(_queue.AddLatest(item, source));
                }

                if (_queue.BufferedCount < _capacity)
                {
                    _queue.Add(item);
                    return new ValueTask<bool>(false);
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    return new ValueTask<bool>(Task.FromCanceled<bool>(cancellationToken));
                }

                // Full: the event waits with the writer, and the reader moves it in when it takes one out.
                _parked = item;
                _writerWaiting = true;
                _writer.Reset(cancellationToken, CancelWriter, this);
                return _writer.Wait;
            }

            // The reader waits, so nothing is queued: the event goes straight to it.
            _readerWaiting = false;
        }

        if (_consumerSlow || !_inlineAllowed)
        {
            _reader.SetResult(item, inline: false);
        }
        else
        {
            DeliverInline(item);
        }

        return new ValueTask<bool>(false);
    }

    /// <summary>Takes the next event; <see langword="null"/> once completed and drained, or throws the completion error.</summary>
    public ValueTask<LiveDataEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        // The time since the consumer took its last event is what it spent on it.
        var now = Stopwatch.GetTimestamp();
        if (_inlineBudget >= 0 && _reader.TakenAt != 0)
        {
            _consumerSlow = now - _reader.TakenAt > _inlineBudget;
        }

        bool wakeWriter;
        LiveDataEvent? item;
        lock (_gate)
        {
            item = _queue.TakeFirst();
            if (item is null)
            {
                if (_completed)
                {
                    // Rethrown with the stack trace of where it was first thrown (a token provider, the pipeline).
                    _error?.Throw();
                    return new ValueTask<LiveDataEvent?>((LiveDataEvent?)null);
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    return new ValueTask<LiveDataEvent?>(Task.FromCanceled<LiveDataEvent?>(cancellationToken));
                }

                _readerWaiting = true;
                _reader.Reset(cancellationToken, CancelReader, this);
                return _reader.Wait;
            }

            wakeWriter = _writerWaiting;
            if (wakeWriter)
            {
                _queue.Add(_parked!);
                _parked = null;
                _writerWaiting = false;
            }
        }

        _reader.TakenAt = now;
        if (wakeWriter)
        {
            // On the thread pool: running the writer here would make the consumer wait for it to read and parse.
            _writer.SetResult(false, inline: false);
        }

        return new ValueTask<LiveDataEvent?>(item);
    }

    /// <summary>Ends the buffer: the reader drains what is queued, then sees the end or <paramref name="error"/>.</summary>
    public void Complete(Exception? error = null)
    {
        bool wakeReader;
        bool wakeWriter;
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            _error = error is null ? null : ExceptionDispatchInfo.Capture(error);
            wakeReader = _readerWaiting;
            _readerWaiting = false;
            wakeWriter = _writerWaiting;
            _writerWaiting = false;
            _parked = null;
        }

        if (wakeReader)
        {
            if (error is null)
            {
                _reader.SetResult(null, inline: false);
            }
            else
            {
                _reader.SetException(error);
            }
        }

        if (wakeWriter)
        {
            _writer.SetException(new InvalidOperationException("The event buffer is completed."));
        }
    }

    private void DeliverInline(LiveDataEvent item)
    {
        using var scope = UserCallbacks.Enter(this);
        _deliveringInline = true;
        try
        {
            _reader.SetResult(item, inline: true);
        }
        finally
        {
            _deliveringInline = false;
        }
    }

    private void CancelWait(bool reader)
    {
        lock (_gate)
        {
            if (reader ? !_readerWaiting : !_writerWaiting)
            {
                return; // completed first
            }

            if (reader)
            {
                _readerWaiting = false;
            }
            else
            {
                _parked = null;
                _writerWaiting = false;
            }
        }

        var cancelled = new OperationCanceledException();
        if (reader)
        {
            _reader.SetException(cancelled);
        }
        else
        {
            _writer.SetException(cancelled);
        }
    }
}
