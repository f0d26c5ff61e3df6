using ShotTracker.LiveData.Internal.Protocol;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The events waiting in an <see cref="EventBuffer"/>, in arrival order: a ring of slots that grows on demand, where a
/// keep-latest event replaced by a newer one leaves an empty slot behind. Not thread-safe: the buffer's lock guards it.
/// </summary>
/// <remarks>
/// Slots are addressed by ever-growing positions (slot = position modulo the ring's power-of-two length), so the waiting
/// keep-latest event of each source is found by its position without a node per event as a linked list would need.
/// When the ring is full, empty slots are squeezed out in place if they are at least half of it; otherwise it doubles.
/// </remarks>
internal sealed class EventQueue
{
    private const long None = -1;

    private readonly long[] _latest = CreateLatest();
    private LiveDataEvent?[] _slots = new LiveDataEvent?[16];
    private long _head;
    private long _tail;

    /// <summary>Gets the number of events waiting.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of waiting events that count against the capacity (all but keep-latest ones).</summary>
    public int BufferedCount { get; private set; }

    /// <summary>Appends an event that counts against the capacity.</summary>
    public void Add(LiveDataEvent item)
    {
        Append(item);
        BufferedCount++;
    }

    /// <summary>Appends the newest value of <paramref name="source"/>; returns <see langword="true"/> when one was waiting and is dropped.</summary>
    public bool AddLatest(LiveDataEvent item, LiveDataSource source)
    {
        var replaced = false;
        if (_latest[(int)source] is var waiting and not None)
        {
            // Cleared, not moved: the newer value goes to the end, so the order between sources stays as received.
            _slots[Slot(waiting)] = null;
            Count--;
            replaced = true;
        }

        _latest[(int)source] = Append(item);
        return replaced;
    }

    /// <summary>Removes and returns the oldest waiting event, or <see langword="null"/> when none waits.</summary>
    public LiveDataEvent? TakeFirst()
    {
        while (_head < _tail)
        {
            var position = _head++;
            var slot = Slot(position);
            if (_slots[slot] is not { } item)
            {
                continue; // a replaced keep-latest value
            }

            _slots[slot] = null;
            Count--;
            if (item.Source is { } source && _latest[(int)source] == position)
            {
                _latest[(int)source] = None;
            }
            else
            {
                BufferedCount--;
            }

            return item;
        }

        return null;
    }

    private static long[] CreateLatest()
    {
        var latest = new long[SourceTable.IndexCapacity];
        latest.AsSpan().Fill(None);
        return latest;
    }

    private int Slot(long position) => (int)(position & (_slots.Length - 1));

    private long Append(LiveDataEvent item)
    {
        if (_tail - _head == _slots.Length)
        {
            MakeRoom();
        }

        _slots[Slot(_tail)] = item;
        Count++;
        return _tail++;
    }

    private void MakeRoom()
    {
        var target = Count <= _slots.Length / 2 ? _slots : new LiveDataEvent?[_slots.Length * 2];
        var source = _slots;
        var mask = source.Length - 1;
        long written = 0;
        for (var position = _head; position < _tail; position++)
        {
            var slot = (int)(position & mask);
            if (source[slot] is not { } item)
            {
                continue;
            }

            // In place, each event moves to a position no later than its own, so nothing unread is overwritten.
            source[slot] = null;
            var moved = target == source ? _head + written : written;
            target[(int)(moved & (target.Length - 1))] = item;
            if (item.Source is { } s && _latest[(int)s] == position)
            {
                _latest[(int)s] = moved;
            }

            written++;
        }

        if (target != source)
        {
            _head = 0;
        }

        _slots = target;
        _tail = _head + written;
    }
}
