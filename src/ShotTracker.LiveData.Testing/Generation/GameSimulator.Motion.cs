namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>
/// Movement: offence spreads around the hoop it attacks, defence sits between its man and the hoop, everyone runs
/// toward their spot with human speed and acceleration limits, and the ball follows the handler or flies to the rim.
/// </summary>
internal sealed partial class GameSimulator
{
    private const double MaxSpeed = 6500;
    private const double MaxAcceleration = 5000;
    private const double Margin = 250;

    private static readonly (double Distance, double Angle)[] OffenseSpots =
        [(7200, 0), (6800, 55), (6800, -55), (4200, 100), (2600, -35)];

    private long _motionAt;
    private double _ballX;
    private double _ballY;
    private double _ballZ = 1000;
    private double _ballVx;
    private double _ballVy;
    private double _ballVz;
    private double _ballDistanceMm;
    private (double X, double Y) _flightHoop;

    private void ResetMotion()
    {
        _motionAt = 0;
        _shotFlightStart = -1;
        foreach (var team in new[] { _home, _away })
        {
            var side = -AttackDirection(team);
            for (var i = 0; i < team.OnCourt.Count; i++)
            {
                var player = team.OnCourt[i];
                player.X = side * (600 + (i * 900));
                player.Y = (i - 2) * 1800;
                player.Vx = 0;
                player.Vy = 0;
            }
        }

        (_ballX, _ballY, _ballZ, _ballVx, _ballVy, _ballVz) = (0, 0, 1000, 0, 0, 0);
    }

    private void Move(long to)
    {
        while (_motionAt < to)
        {
            var step = Math.Min(100, to - _motionAt);
            _motionAt += step;
            Step(step / 1000.0);
        }
    }

    private void Step(double dt)
    {
        var offense = _possession?.Offense;
        foreach (var team in new[] { _home, _away })
        {
            for (var i = 0; i < team.OnCourt.Count; i++)
            {
                var player = team.OnCourt[i];
                if (_motionRandom.NextDouble() < 0.03)
                {
                    player.TargetX = (_motionRandom.NextDouble() - 0.5) * 1600;
                    player.TargetY = (_motionRandom.NextDouble() - 0.5) * 1600;
                }

                var (tx, ty) = Target(team, i, offense);
                MoveToward(player, tx + player.TargetX, ty + player.TargetY, dt);
            }
        }

        MoveBall(dt);
    }

    private (double X, double Y) Target(GameTeam team, int slot, GameTeam? offense)
    {
        if (offense is null)
        {
            var side = -AttackDirection(team);
            return (side * (1500 + (slot * 700)), (slot - 2) * 2000);
        }

        var (hx, _) = Hoop(offense);
        var direction = AttackDirection(offense);
        var (distance, angle) = OffenseSpots[slot];
        var radians = angle * Math.PI / 180;
        var spot = (X: hx - (direction * distance * Math.Cos(radians)), Y: distance * Math.Sin(radians));
        var attacker = offense.OnCourt[slot];
        if (team == offense)
        {
            return attacker == _shooter && _outcomeAt - _motionAt < 3000 ? _shotSpot : spot;
        }

        return (attacker.X + (0.35 * (hx - attacker.X)), attacker.Y * 0.65);
    }

    private static void MoveToward(GamePlayer player, double tx, double ty, double dt)
    {
        var dx = tx - player.X;
        var dy = ty - player.Y;
        var gap = Math.Sqrt((dx * dx) + (dy * dy));
        var speed = Math.Min(MaxSpeed, gap * 1.5);
        var (wantVx, wantVy) = gap > 1 ? (dx / gap * speed, dy / gap * speed) : (0.0, 0.0);
        var ax = Math.Clamp(wantVx - player.Vx, -MaxAcceleration * dt, MaxAcceleration * dt);
        var ay = Math.Clamp(wantVy - player.Vy, -MaxAcceleration * dt, MaxAcceleration * dt);
        player.Vx += ax;
        player.Vy += ay;
        var x = Math.Clamp(player.X + (player.Vx * dt), -Court.HalfLength + Margin, Court.HalfLength - Margin);
        var y = Math.Clamp(player.Y + (player.Vy * dt), -Court.HalfWidth + Margin, Court.HalfWidth - Margin);
        var moved = Math.Sqrt(((x - player.X) * (x - player.X)) + ((y - player.Y) * (y - player.Y)));
        player.Vx = (x - player.X) / dt;
        player.Vy = (y - player.Y) / dt;
        player.X = x;
        player.Y = y;
        player.DistanceMm += moved;
        player.Total.DistanceMm += moved;
        player.Periods[^1].DistanceMm += moved;
        player.Team.Total.DistanceMm += moved;
        player.Team.Periods[^1].DistanceMm += moved;
    }

    private void MoveBall(double dt)
    {
        double x, y, z;
        var flight = _shotFlightStart < 0 ? -1 : (_motionAt - _shotFlightStart) / 1000.0;
        if (flight is >= 0 and <= 1)
        {
            var (hx, hy) = _flightHoop;
            x = _shotSpot.X + ((hx - _shotSpot.X) * flight);
            y = _shotSpot.Y + ((hy - _shotSpot.Y) * flight);
            z = 2200 + ((Court.HoopHeight - 2200) * flight) + (1800 * 4 * flight * (1 - flight));
        }
        else
        {
            var holder = _shooter ?? (_possession?.Offense ?? _home).OnCourt[0];
            x = Math.Clamp(holder.X + 250, -Court.HalfLength, Court.HalfLength);
            y = Math.Clamp(holder.Y + 150, -Court.HalfWidth, Court.HalfWidth);
            z = 300 + (700 * Math.Abs(Math.Sin(_motionAt * Math.PI / 500.0)));
        }

        _ballVx = (x - _ballX) / dt;
        _ballVy = (y - _ballY) / dt;
        _ballVz = (z - _ballZ) / dt;
        _ballDistanceMm += Math.Sqrt(((x - _ballX) * (x - _ballX)) + ((y - _ballY) * (y - _ballY)));
        (_ballX, _ballY, _ballZ) = (x, y, z);
    }
}
