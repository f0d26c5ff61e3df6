namespace ShotTracker.LiveData.Internal.Replay;

/// <summary>The replay client's statistics and resume point; it also drops sequenced duplicates, as the live client does.</summary>
internal sealed class ReplayCounters
{
    private readonly object _gate = new();
    private readonly Dictionary<LiveDataSource, long> _bySource = new();
    private long _unknown;
    private long _parseErrors;
    private long _duplicates;
    private long? _lastSequence;

    public long? LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>Counts <paramref name="item"/>; returns <see langword="false"/> for a duplicate to drop.</summary>
    public bool Accept(LiveDataEvent item)
    {
        lock (_gate)
        {
            if (item is InvalidLiveDataEvent)
            {
                _parseErrors++;
                return true;
            }

            if (item.Sequence is { } sequence)
            {
                if (sequence <= _lastSequence)
                {
                    _duplicates++;
                    return false;
                }

                _lastSequence = sequence;
            }

            if (item.Source is { } source)
            {
                _bySource[source] = _bySource.TryGetValue(source, out var n) ? n + 1 : 1;
            }
            else
            {
                _unknown++;
            }

            return true;
        }
    }

    public LiveDataClientStatistics Snapshot()
    {
        lock (_gate)
        {
            return new LiveDataClientStatistics(new Dictionary<LiveDataSource, long>(_bySource))
            {
                UnknownMessages = _unknown,
                ParseErrors = _parseErrors,
                DuplicatesDropped = _duplicates,
                LastSequence = _lastSequence,
            };
        }
    }
}
