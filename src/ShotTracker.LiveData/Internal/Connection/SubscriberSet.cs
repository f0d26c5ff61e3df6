using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The subscribers of one connection's run: the ingest hands each message to every one of them. Copy on write, so the pump reads
/// the current array without a lock; with a single subscriber a message goes straight into its buffer.
/// </summary>
internal sealed class SubscriberSet(ResumePoint resumePoint, ClientCounters counters, ILogger logger, TimeSpan? inlineBudget = null)
{
    private readonly object _gate = new();
    private Subscriber[] _subscribers = [];
    private bool _closed;
    private volatile bool _emptiedByOverflow;

    /// <summary>Gets how many subscribers receive messages.</summary>
    public int Count => Volatile.Read(ref _subscribers).Length;

    /// <summary>Gets how many events wait for the subscriber furthest behind.</summary>
    public int PendingEvents
    {
        get
        {
            var pending = 0;
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                pending = Math.Max(pending, subscriber.Buffer.Count);
            }

            return pending;
        }
    }

    /// <summary>Gets whether the current thread runs a subscriber's loop inside the pump's hand-off.</summary>
    public bool IsDeliveringOnCurrentThread => Volatile.Read(ref _subscribers).Any(s => s.Buffer.IsDeliveringOnCurrentThread);

    /// <summary>
    /// Gets whether the last subscriber overflowed: the set is closed and the connection must stop, without waiting
    /// for the overflowed loop, which may be stalled (see <see cref="Overflowed"/>).
    /// </summary>
    public bool EmptiedByOverflow => _emptiedByOverflow;

    /// <summary>Adds a subscriber that starts at the next message; <see langword="null"/> when the session ended or is stopping.</summary>
    public Subscriber? TryAdd(SubscriberSettings settings)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return null;
            }

            var subscriber = new Subscriber(settings, counters, logger, resumePoint.Raw, inlineBudget);
            Publish([.. _subscribers, subscriber]);
            return subscriber;
        }
    }

    /// <summary>
    /// Takes <paramref name="subscriber"/> out; returns <see langword="true"/> when none is left, and then the set is
    /// closed: the caller stops the session, and a new subscriber starts a new one.
    /// </summary>
    public bool Remove(Subscriber subscriber)
    {
        lock (_gate)
        {
            Drop(subscriber);
            if (_subscribers.Length > 0)
            {
                return false;
            }

            _closed = true;
            return true;
        }
    }

    /// <summary>
    /// Takes a subscriber that overflowed out. When it was the last, the set closes and the connection stops (without
    /// waiting for the overflowed loop, which may be stalled): reading on with nobody to hand messages to would lose
    /// them, and a subscriber joining later would move the resume point past them. A new subscriber starts a new
    /// connection that resumes after the last sequence a subscriber read.
    /// </summary>
    private void Overflowed(Subscriber subscriber)
    {
        lock (_gate)
        {
            Drop(subscriber);
            if (_subscribers.Length > 0 || _closed)
            {
                return;
            }

            _closed = true;
            _emptiedByOverflow = true;
        }
    }

    /// <summary>Takes <paramref name="subscriber"/> out of the array the pump reads (under the gate).</summary>
    private void Drop(Subscriber subscriber)
    {
        lock (_gate)
        {
            if (Array.IndexOf(_subscribers, subscriber) >= 0)
            {
                Publish(_subscribers.Where(s => s != subscriber).ToArray());
            }
        }
    }

    /// <summary>The session ended: every subscriber reads what it holds, then sees the end or <paramref name="error"/>.</summary>
    public void Complete(Exception? error)
    {
        Subscriber[] subscribers;
        lock (_gate)
        {
            _closed = true;
            subscribers = _subscribers;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Complete(error);
        }
    }

    /// <summary>Hands a message to every subscriber, in turn.</summary>
    /// <param name="item">The message.</param>
    /// <param name="sequence">Its sequence number, when it has one that counts.</param>
    /// <param name="cancellationToken">Stops a wait for room.</param>
    public ValueTask WriteAsync(LiveDataEvent item, long? sequence, CancellationToken cancellationToken)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length != 1)
        {
            return WriteEachAsync(subscribers, item, sequence, cancellationToken);
        }

        var subscriber = subscribers[0];
        var written = subscriber.Write(item, sequence, cancellationToken, out var pending);
        if (written != SubscriberWrite.Queued)
        {
            Wrote(subscriber, written);
        }

        return pending;
    }

    /// <summary>Hands a gap to every subscriber that wants one, before the first message after a reconnect.</summary>
    public async ValueTask WriteGapAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            await subscriber.WriteGapAsync(from, to, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Books an event <paramref name="subscriber"/>'s loop read, and moves the client's resume point.</summary>
    public void Read(Subscriber subscriber, LiveDataEvent item)
    {
        if (subscriber.Read(item))
        {
            Advanced(subscriber);
        }
    }

    /// <summary>
    /// <paramref name="subscriber"/>'s position moved: the resume point moves to the lowest position of all, so a
    /// resume after it loses no subscriber anything.
    /// </summary>
    private void Advanced(Subscriber subscriber)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length == 0 || (subscribers.Length == 1 && subscribers[0] == subscriber))
        {
            // Alone (or ended, draining its buffer with nobody else on the connection): its position is the client's.
            resumePoint.Advance(subscriber.Position);
            return;
        }

        var lowest = long.MaxValue;
        foreach (var other in subscribers)
        {
            lowest = Math.Min(lowest, other.Position);
        }

        resumePoint.Advance(lowest);
    }

    /// <summary>
    /// Makes <paramref name="subscribers"/> current (under the gate). Only a lone subscriber's loop may run on the pump's
    /// thread: with several, a body running there would hold up every other subscriber's data.
    /// </summary>
    private void Publish(Subscriber[] subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            subscriber.Buffer.InlineAllowed = subscribers.Length == 1;
        }

        Volatile.Write(ref _subscribers, subscribers);
    }

    private async ValueTask WriteEachAsync(Subscriber[] subscribers, LiveDataEvent item, long? sequence, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers)
        {
            var written = subscriber.Write(item, sequence, cancellationToken, out var pending);
            if (written != SubscriberWrite.Queued)
            {
                Wrote(subscriber, written);
            }

            await pending.ConfigureAwait(false);
        }
    }

    /// <summary>Acts on what a write did beyond queuing: a filtered position that moved, or an overflow.</summary>
    private void Wrote(Subscriber subscriber, SubscriberWrite written)
    {
        switch (written)
        {
            case SubscriberWrite.Advanced:
                Advanced(subscriber);
                break;
            case SubscriberWrite.Overflowed:
                Overflowed(subscriber);
                break;
        }
    }
}
