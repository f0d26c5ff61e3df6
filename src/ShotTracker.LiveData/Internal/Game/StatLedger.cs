using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// Running box score totals of one source, by player and by team, as the sum of every event's contribution. An
/// event that comes again with the same event id and a higher version replaces its earlier contribution; one with
/// the same or a lower version is stale and ignored. The recent changes are kept, by event time, so that the totals as
/// of an earlier moment can be told from the current ones (<see cref="CollectAfter"/>) without keeping snapshots.
/// </summary>
internal sealed class StatLedger
{
    private readonly Dictionary<string, LedgerEntry> _byEventId = new(StringComparer.Ordinal);
    private readonly Dictionary<PlayerId, int[]> _players = [];
    private readonly Dictionary<TeamId, int[]> _teams = [];
    private readonly Dictionary<(TeamId Team, string Period), int> _periodFouls = [];
    private readonly Queue<(LedgerEntry Entry, LedgerEntry? Previous)> _recent = new();

    public bool HasEntries { get; private set; }

    public IEnumerable<PlayerId> Players => _players.Keys;

    public int[]? Player(PlayerId id) => _players.TryGetValue(id, out var counts) ? counts : null;

    public int[]? Team(TeamId id) => _teams.TryGetValue(id, out var counts) ? counts : null;

    public int PeriodFouls(TeamId team, string? period) =>
        period is not null && _periodFouls.TryGetValue((team, period), out var fouls) ? fouls : 0;

    /// <summary>Records an event's contribution; returns the entry it replaced, or sets <paramref name="stale"/>.</summary>
    public LedgerEntry? Record(string? eventId, LedgerEntry entry, out bool stale)
    {
        stale = false;
        LedgerEntry? previous = null;
        if (eventId is not null)
        {
            if (_byEventId.TryGetValue(eventId, out previous))
            {
                if (entry.Version <= previous.Version)
                {
                    stale = true;
                    return null;
                }

                Apply(previous, -1);
                entry.PlayIndex = previous.PlayIndex;
            }

            _byEventId[eventId] = entry;
        }

        Apply(entry, +1);
        HasEntries = true;
        _recent.Enqueue((entry, previous));
        return previous;
    }

    /// <summary>Forgets the recent changes of events up to <paramref name="time"/>: no comparison will need them again.</summary>
    /// <remarks>Stops at the first newer change in arrival order, so the cost per event stays constant.</remarks>
    public void Forget(long time)
    {
        while (_recent.Count > 0 && _recent.Peek().Entry.Time <= time)
        {
            _recent.Dequeue();
        }
    }

    /// <summary>
    /// Sets <paramref name="into"/> to what the events later than <paramref name="time"/> changed: the current totals
    /// minus these are the totals as of <paramref name="time"/>. A correction counts at its own time: it takes back the
    /// version it replaced and adds its own.
    /// </summary>
    public void CollectAfter(long time, StatLedger into)
    {
        into.Clear();
        foreach (var (entry, previous) in _recent)
        {
            if (entry.Time > time)
            {
                into.Apply(entry, +1);
                if (previous is not null)
                {
                    into.Apply(previous, -1);
                }
            }
        }
    }

    private void Clear()
    {
        _players.Clear();
        _teams.Clear();
        _periodFouls.Clear();
    }

    private void Apply(LedgerEntry entry, int sign)
    {
        var deltas = entry.Deltas;
        if (entry.Team is { } team)
        {
            Add(Counts(_teams, team), deltas, sign);
            if (deltas[StatIndex.Fouls] != 0 && entry.Period is { } period)
            {
                _periodFouls.TryGetValue((team, period), out var fouls);
                _periodFouls[(team, period)] = fouls + (sign * deltas[StatIndex.Fouls]);
            }
        }

        if (entry.Player is { } player)
        {
            Add(Counts(_players, player), deltas, sign);
        }

        var points = deltas[StatIndex.Points] * sign;
        if (points != 0)
        {
            foreach (var id in entry.OnCourt)
            {
                Counts(_players, id)[StatIndex.PlusMinus] += points;
            }

            foreach (var id in entry.OpponentOnCourt)
            {
                Counts(_players, id)[StatIndex.PlusMinus] -= points;
            }
        }
    }

    private static void Add(int[] counts, int[] deltas, int sign)
    {
        for (var i = 0; i < StatIndex.PlusMinus; i++)
        {
            counts[i] += sign * deltas[i];
        }
    }

    private static int[] Counts<TKey>(Dictionary<TKey, int[]> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var counts))
        {
            counts = new int[StatIndex.Count];
            map.Add(key, counts);
        }

        return counts;
    }
}
