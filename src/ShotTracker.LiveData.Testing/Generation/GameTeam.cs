using System.Globalization;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>A team during the simulation: roster, the five on court, running stats and possession groups.</summary>
internal sealed class GameTeam(long id, string name, string jerseyColor, bool isHome)
{
    public long Id { get; } = id;

    public string IdText { get; } = id.ToString(CultureInfo.InvariantCulture);

    public string Name { get; } = name;

    public string JerseyColor { get; } = jerseyColor;

    public bool IsHome { get; } = isHome;

    public List<GamePlayer> Players { get; } = [];

    public List<GamePlayer> OnCourt { get; } = [];

    public StatLine Total { get; } = new();

    public List<StatLine> Periods { get; } = [];

    public SortedDictionary<string, PossessionGroup> PossessionGroups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LineupRecord> Lineups { get; } = new(StringComparer.Ordinal);

    public GameTeam Opponent { get; set; } = null!;

    public LineupRecord CurrentLineup
    {
        get
        {
            var ids = OnCourt.Select(p => p.Id).Order().ToList();
            var key = string.Join(",", ids);
            if (!Lineups.TryGetValue(key, out var lineup))
            {
                lineup = new LineupRecord(ids);
                Lineups.Add(key, lineup);
            }

            return lineup;
        }
    }

    public TeamBoxScore ToBoxScore() => new()
    {
        TeamId = Id,
        Name = Name,
        JerseyColor = JerseyColor,
        Points = Total.Points,
        FieldGoalsMade = Total.Fg,
        FieldGoalsAttempted = Total.Fga,
        ThreePointersMade = Total.Fg3,
        FreeThrowsMade = Total.Ft,
        Rebounds = Total.Rebounds,
        Assists = Total.Assists,
        Turnovers = Total.Turnovers,
        Players = Players.OrderBy(p => p.Jersey).Select(p => p.ToBoxScore()).ToList(),
    };
}
