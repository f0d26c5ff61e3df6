namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Mutable box score counters for one player or team over one period or the whole game.</summary>
internal sealed class StatLine
{
    public int Fg2 { get; set; }

    public int Fga2 { get; set; }

    public int Fg3 { get; set; }

    public int Fga3 { get; set; }

    public int Ft { get; set; }

    public int Fta { get; set; }

    public int OffensiveRebounds { get; set; }

    public int DefensiveRebounds { get; set; }

    public int Assists { get; set; }

    public int Steals { get; set; }

    public int LiveBallTurnovers { get; set; }

    public int DeadBallTurnovers { get; set; }

    public int Blocks { get; set; }

    public int Fouls { get; set; }

    public int FoulsDrawn { get; set; }

    public int PaintPoints { get; set; }

    public int PlusMinus { get; set; }

    public int SecondChancePoints { get; set; }

    public int PointsOffTurnovers { get; set; }

    public ZoneCounts Shots { get; } = new();

    public ZoneCounts CatchAndShootShots { get; } = new();

    public ZoneCounts OffTheDribbleShots { get; } = new();

    /// <summary>Gets or sets the distance covered in millimetres.</summary>
    public double DistanceMm { get; set; }

    public int Fg => Fg2 + Fg3;

    public int Fga => Fga2 + Fga3;

    public int Points => (2 * Fg2) + (3 * Fg3) + Ft;

    public int Rebounds => OffensiveRebounds + DefensiveRebounds;

    public int Turnovers => LiveBallTurnovers + DeadBallTurnovers;

    public static StatLine Sum(IEnumerable<StatLine> lines)
    {
        var sum = new StatLine();
        foreach (var line in lines)
        {
            sum.Add(line);
        }

        return sum;
    }

    public void Add(StatLine other)
    {
        Fg2 += other.Fg2;
        Fga2 += other.Fga2;
        Fg3 += other.Fg3;
        Fga3 += other.Fga3;
        Ft += other.Ft;
        Fta += other.Fta;
        OffensiveRebounds += other.OffensiveRebounds;
        DefensiveRebounds += other.DefensiveRebounds;
        Assists += other.Assists;
        Steals += other.Steals;
        LiveBallTurnovers += other.LiveBallTurnovers;
        DeadBallTurnovers += other.DeadBallTurnovers;
        Blocks += other.Blocks;
        Fouls += other.Fouls;
        FoulsDrawn += other.FoulsDrawn;
        PaintPoints += other.PaintPoints;
        PlusMinus += other.PlusMinus;
        SecondChancePoints += other.SecondChancePoints;
        PointsOffTurnovers += other.PointsOffTurnovers;
        DistanceMm += other.DistanceMm;
        Shots.Add(other.Shots);
        CatchAndShootShots.Add(other.CatchAndShootShots);
        OffTheDribbleShots.Add(other.OffTheDribbleShots);
    }
}
