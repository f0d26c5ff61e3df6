using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// Running box score totals of one source, by player and by team, as the sum of every event's contribution. An
/// event that comes again with the same event id and a higher version replaces its earlier contribution; one with
/// the same or a lower version is stale and ignored.
/// </summary>
internal sealed class StatLedger
{
    private readonly Dictionary<string, LedgerEntry> _byEventId = new(StringComparer.Ordinal);
    private readonly Dictionary<PlayerId, int[]> _players = [];
    private readonly Dictionary<TeamId, int[]> _teams = [];
    private readonly Dictionary<(TeamId Team, string Period), int> _periodFouls = [];

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
        return previous;
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
