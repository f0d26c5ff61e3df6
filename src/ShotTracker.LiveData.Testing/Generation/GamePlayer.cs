using System.Globalization;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>A rostered player during the simulation: identity, where the player is, and the running stats.</summary>
internal sealed class GamePlayer(GameTeam team, long id, string firstName, string lastName, int jersey, string position, long sensor)
{
    public GameTeam Team { get; } = team;

    public long Id { get; } = id;

    public string IdText { get; } = id.ToString(CultureInfo.InvariantCulture);

    public string FirstName { get; } = firstName;

    public string LastName { get; } = lastName;

    public int Jersey { get; } = jersey;

    public string Position { get; } = position;

    public long Sensor { get; } = sensor;

    public bool OnCourt { get; set; }

    public StatLine Total { get; } = new();

    public List<StatLine> Periods { get; } = [];

    public double X { get; set; }

    public double Y { get; set; }

    public double Vx { get; set; }

    public double Vy { get; set; }

    public double TargetX { get; set; }

    public double TargetY { get; set; }

    /// <summary>Gets or sets the cumulative distance in millimetres, reported in location frames (as metres).</summary>
    public double DistanceMm { get; set; }

    public PlayerBoxScore ToBoxScore() => new()
    {
        PlayerId = Id,
        TeamId = Team.Id,
        FirstName = FirstName,
        LastName = LastName,
        JerseyNumber = Jersey,
        Position = Position,
        SensorId = Sensor,
        Points = Total.Points,
        FieldGoalsMade = Total.Fg,
        FieldGoalsAttempted = Total.Fga,
        ThreePointersMade = Total.Fg3,
        ThreePointersAttempted = Total.Fga3,
        FreeThrowsMade = Total.Ft,
        FreeThrowsAttempted = Total.Fta,
        Rebounds = Total.Rebounds,
        Assists = Total.Assists,
        Steals = Total.Steals,
        Turnovers = Total.Turnovers,
        Blocks = Total.Blocks,
        Fouls = Total.Fouls,
        PlusMinus = Total.PlusMinus,
    };
}
