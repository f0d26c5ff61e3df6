using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// One enumeration of <c>StreamAsync</c> on a shared connection: its own <see cref="EventBuffer"/>, filter and full
/// mode. The ingest writes (one thread at a time); the subscriber's loop reads <see cref="Buffer"/> directly and
/// reports each event to <see cref="SubscriberSet.Read"/>. It never calls its owner: what a write did is returned.
/// </summary>
internal sealed class Subscriber
{
    private static readonly int NonSequencedSources = LiveDataSourceExtensions.All.Where(s => !s.IsSequenced()).Aggregate(0, (mask, s) => mask | (1 << (int)s));

    private readonly SubscriberSettings _settings;
    private readonly ClientCounters _counters;
    private readonly ILogger _logger;
    private long _position;
    private int _pendingSequenced; // sequenced events waiting, counted only when the filter skips sequenced sources
    // Buffered events waiting, counted only for EndSubscriber (a mirror that never undercounts): handed over minus
    // read, each side counting its own with a plain increment (one writer each), not a locked one per message.
    private int _bufferedIn; // pump only
    private int _bufferedOut; // the loop only
    private long? _lastWritten; // pump only
    private int _seenSources; // pump only: non-sequenced sources written, one bit each
    private volatile bool _closed;

    public Subscriber(SubscriberSettings settings, ClientCounters counters, ILogger logger, long startPosition, TimeSpan? inlineBudget)
    {
        _settings = settings;
        _counters = counters;
        _logger = logger;
        _position = startPosition;
        Buffer = new EventBuffer(settings.Capacity, inlineBudget);
    }

    /// <summary>Gets the queue the subscriber's loop reads.</summary>
    public EventBuffer Buffer { get; }

    /// <summary>Gets the last sequence this subscriber was handed or skipped, or <see cref="ResumePoint.None"/>.</summary>
    public long Position => Interlocked.Read(ref _position);

    /// <summary>Gets whether the subscriber left or was ended; the pump skips it.</summary>
    public bool IsClosed => _closed;

    /// <summary>
    /// Hands a received message over; filtered out, dropped or ending the subscriber per its settings. What it did
    /// beyond queuing is returned for the <see cref="SubscriberSet"/> to act on: the subscriber never calls its owner.
    /// </summary>
    /// <param name="item">The message.</param>
    /// <param name="sequence">Its sequence number, when it has one that counts.</param>
    /// <param name="cancellationToken">Stops a wait for room.</param>
    /// <param name="pending">The write, when it has to wait for room.</param>
    /// <returns>What the write did.</returns>
    public SubscriberWrite Write(LiveDataEvent item, long? sequence, CancellationToken cancellationToken, out ValueTask pending)
    {
        pending = default;
        if (_closed)
        {
            return SubscriberWrite.Skipped;
        }

        var source = item.Source;
        if (_settings.Accepts is { } accepts && !(source is { } wanted ? accepts[(int)wanted] : item is InvalidLiveDataEvent))
        {
            if (sequence is { } skipped && _settings.SkipsSequenced && Volatile.Read(ref _pendingSequenced) == 0)
            {
                // Nothing sequenced waits for this subscriber, so it has everything it wants up to here.
                ResumePoint.AdvanceField(ref _position, skipped);
                return SubscriberWrite.Advanced;
            }

            return SubscriberWrite.Skipped;
        }

        var keepLatest = false;
        if (source is { } s)
        {
            keepLatest = _settings.KeepLatest[(int)s];
            _seenSources |= (1 << (int)s) & NonSequencedSources;
        }

        return Deliver(item, sequence, keepLatest, cancellationToken, out pending);
    }

    /// <summary>Hands over a gap event built from the non-sequenced sources this subscriber has received.</summary>
    public ValueTask WriteGapAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (_closed || !_settings.EmitGapEvents || _seenSources == 0)
        {
            return default;
        }

        // Not sequenced: when it does not fit it is dropped, never the subscriber ended.

        var gap = new LiveDataGapEvent
        {
            Sources = LiveDataSourceExtensions.All.Where(s => (_seenSources & (1 << (int)s)) != 0).ToArray(),
            From = from,
            To = to,
        };
        Deliver(gap, sequence: null, keepLatest: false, cancellationToken, out var pending);
        return pending;
    }

    /// <summary>Books an event the loop read: frees its place and moves the position on; <see langword="true"/> when it did.</summary>
    public bool Read(LiveDataEvent item)
    {
        if (_settings.FullMode == LiveDataSubscriberFullMode.EndSubscriber && !(item.Source is { } source && _settings.KeepLatest[(int)source]))
        {
            Volatile.Write(ref _bufferedOut, _bufferedOut + 1);
        }

        if (item is InvalidLiveDataEvent || item.Sequence is not { } sequence)
        {
            return false;
        }

        // The position first, then the pending count: a skip that sees no pending event finds the position set.
        ResumePoint.AdvanceField(ref _position, sequence);
        if (_settings.SkipsSequenced)
        {
            Interlocked.Decrement(ref _pendingSequenced);
        }

        return true;
    }

    /// <summary>The loop left: a writer waiting for room is released, and nothing more is written.</summary>
    public void Leave()
    {
        _closed = true;
        Buffer.Complete();
    }

    /// <summary>Ends the subscriber with <paramref name="error"/> after what it holds (the session ended).</summary>
    public void Complete(Exception? error) => Buffer.Complete(error);

    private SubscriberWrite Deliver(LiveDataEvent item, long? sequence, bool keepLatest, CancellationToken cancellationToken, out ValueTask pending)
    {
        pending = default;
        if (_settings.FullMode == LiveDataSubscriberFullMode.EndSubscriber && !keepLatest)
        {
            if (unchecked(_bufferedIn - Volatile.Read(ref _bufferedOut)) >= _settings.Capacity)
            {
                if (sequence is null)
                {
                    // Stale by the time it would be read; only this subscriber misses it.
                    _counters.Dropped();
                    return SubscriberWrite.Skipped;
                }

                Overflow();
                return SubscriberWrite.Overflowed;
            }

            // Counted before the write and released after the read, so the buffer itself never makes the pump wait.
            Volatile.Write(ref _bufferedIn, _bufferedIn + 1);
        }

        if (sequence is not null)
        {
            _lastWritten = sequence;
            if (_settings.SkipsSequenced)
            {
                Interlocked.Increment(ref _pendingSequenced);
            }
        }

        ValueTask<bool> written;
        try
        {
            written = Buffer.WriteAsync(item, keepLatest, cancellationToken);
        }
        catch (InvalidOperationException) when (_closed)
        {
            return SubscriberWrite.Skipped;
        }

        if (written.IsCompletedSuccessfully)
        {
            if (written.Result)
            {
                _counters.Coalesced();
            }

            return SubscriberWrite.Queued;
        }

        pending = AwaitWriteAsync(written);
        return SubscriberWrite.Queued;
    }

    private async ValueTask AwaitWriteAsync(ValueTask<bool> pending)
    {
        try
        {
            if (await pending.ConfigureAwait(false))
            {
                _counters.Coalesced();
            }
        }
        catch (InvalidOperationException) when (_closed)
        {
            // The subscriber left while the pump waited for room: it wants nothing more.
        }
    }

    private void Overflow()
    {
        _closed = true;
        LiveDataClientLog.SubscriberOverflow(_logger, _settings.Capacity, _lastWritten);
        Buffer.Complete(new LiveDataSubscriberOverflowException(_settings.Capacity, _lastWritten));
    }
}
