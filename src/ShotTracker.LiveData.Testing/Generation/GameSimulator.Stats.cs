namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Running totals: every stat change lands on the player's and team's game and period lines at once.</summary>
internal sealed partial class GameSimulator
{
    private void Stat(GamePlayer player, Action<StatLine> change)
    {
        change(player.Total);
        change(player.Periods[PeriodIndex]);
        change(player.Team.Total);
        change(player.Team.Periods[PeriodIndex]);
    }

    /// <summary>Credits plus/minus, lineups and possession points for points <paramref name="team"/> just scored.</summary>
    private void Score(GameTeam team, int points)
    {
        if (points == 0)
        {
            return;
        }

        foreach (var player in team.OnCourt)
        {
            player.Total.PlusMinus += points;
            player.Periods[PeriodIndex].PlusMinus += points;
        }

        foreach (var player in team.Opponent.OnCourt)
        {
            player.Total.PlusMinus -= points;
            player.Periods[PeriodIndex].PlusMinus -= points;
        }

        team.CurrentLineup.PointsScored += points;
        team.Opponent.CurrentLineup.PointsAllowed += points;
        if (_possession is { } possession && possession.Offense == team)
        {
            possession.Points += points;
            if (possession.AfterOffensiveRebound)
            {
                team.Total.SecondChancePoints += points;
                team.Periods[PeriodIndex].SecondChancePoints += points;
            }

            if (possession.AfterTurnover)
            {
                team.Total.PointsOffTurnovers += points;
                team.Periods[PeriodIndex].PointsOffTurnovers += points;
            }
        }
    }

    /// <summary>At a dead ball, each coach sends one player in now and then.</summary>
    private void MaybeSubstitute(GameTeam team, long at)
    {
        if (_random.NextDouble() >= 0.2 || at >= _lengthMs)
        {
            return;
        }

        var outgoing = team.CurrentLineup;
        var bench = team.Players.Where(p => !p.OnCourt).ToList();
        var leaving = team.OnCourt[_random.Next(5)];
        var entering = bench[_random.Next(bench.Count)];
        var slot = team.OnCourt.IndexOf(leaving);
        leaving.OnCourt = false;
        entering.OnCourt = true;
        entering.X = leaving.X;
        entering.Y = (leaving.Y > 0 ? 1 : -1) * (Court.HalfWidth - 400);
        entering.Vx = 0;
        entering.Vy = 0;
        team.OnCourt[slot] = entering;

        EmitLineupStats(team, outgoing, at);
        EmitLineupMarker(team, at);
        EmitLineupStats(team, team.CurrentLineup, at);
    }

    private (double X, double Y) Hoop(GameTeam offense) => (AttackDirection(offense) * Court.HoopX, 0);

    /// <summary>+1 when <paramref name="team"/> attacks the hoop at positive x; teams switch ends at half time.</summary>
    private int AttackDirection(GameTeam team)
    {
        var secondHalf = PeriodIndex >= RegulationPeriods / 2;
        return team.IsHome ^ secondHalf ? 1 : -1;
    }

    private (double X, double Y) ShotSpot(GameTeam offense, bool isThree)
    {
        var (hx, _) = Hoop(offense);
        var direction = AttackDirection(offense);
        var distance = isThree ? 6900 + (_random.NextDouble() * 1300) : 600 + (_random.NextDouble() * 5600);
        var angle = ((_random.NextDouble() * 160) - 80) * Math.PI / 180;
        var x = hx - (direction * distance * Math.Cos(angle));
        var y = Math.Clamp(distance * Math.Sin(angle), -Court.HalfWidth + 200, Court.HalfWidth - 200);
        return (Math.Round(x), Math.Round(y));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
