namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>The play-by-play: possessions and what ends them.</summary>
internal sealed partial class GameSimulator
{
    private PossessionRecord? _possession;
    private long _shotClockStartMs;
    private GamePlayer? _shooter;
    private (double X, double Y) _shotSpot;
    private long _outcomeAt;
    private long _shotFlightStart = -1;

    private void StartPossession(GameTeam offense, long at, bool transition, bool afterTurnover, PossessionRecord? continued = null)
    {
        _shotClockStartMs = at;
        _possession = continued ?? new PossessionRecord(offense, Timestamp(at), transition, afterTurnover);
        if (at > _lengthMs - 1500)
        {
            // Too little time left to do anything: the possession runs out with the period.
            _shooter = null;
            return;
        }

        var handler = offense.OnCourt[0];
        _possession.Events.Add((continued is null ? "START" : "OFFENSIVE_REBOUND", handler.IdText, Timestamp(at)));
        var duration = continued is null ? _random.Next(6000, 21000) : _random.Next(3000, 12000);
        var passes = _random.Next(0, 5);
        for (var i = 1; i <= passes; i++)
        {
            var passer = offense.OnCourt[_random.Next(5)];
            _possession.Events.Add(("PASS", passer.IdText, Timestamp(at + (duration * i / (passes + 1)))));
        }

        _possession.Passes += passes;
        _possession.BallReversals += _random.Next(0, Math.Min(passes, 2) + 1);

        var roll = _random.NextDouble();
        _outcomeAt = Math.Min(at + duration, _lengthMs);
        _shooter = PickShooter(offense);
        if (roll < 0.13)
        {
            Schedule(_outcomeAt, Turnover);
        }
        else if (_options.FreeThrows && roll < 0.23)
        {
            Schedule(_outcomeAt, ShootingFoul);
        }
        else
        {
            var isThree = _random.NextDouble() < (_shooter.Position == "C" ? 0.08 : 0.42);
            _shotSpot = ShotSpot(offense, isThree);
            var makes = _random.NextDouble() < (isThree ? 0.36 : 0.52);
            Schedule(_outcomeAt, () => Shot(isThree, makes));
        }
    }

    private GamePlayer PickShooter(GameTeam offense)
    {
        var weights = offense.OnCourt.Select(p => p.Position == "G" ? 3 : 2).ToArray();
        var pick = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return offense.OnCourt[i];
            }
        }

        return offense.OnCourt[^1];
    }

    private void Shot(bool isThree, bool makes)
    {
        var at = _actionAt;
        var offense = _possession!.Offense;
        var shooter = _shooter!;
        _shotFlightStart = at;
        _flightHoop = Hoop(offense);
        var points = makes ? (isThree ? 3 : 2) : 0;
        var distance = Distance(_shotSpot, Hoop(offense));
        var paint = distance < 3000;
        var lineup = offense.CurrentLineup;
        lineup.FieldGoalsAttempted++;
        _possession.Events.Add(("SHOT", shooter.IdText, Timestamp(at)));
        _possession.ShotType = isThree ? "THREE_POINT" : "TWO_POINT";
        var zone = ShotZone(distance, isThree, Hoop(offense));
        var catchAndShoot = _possession.Passes > 0 && _random.NextDouble() < 0.5;
        EmitChart(shooter, at, isThree, points, distance, zone, catchAndShoot);
        if (makes)
        {
            lineup.FieldGoalsMade++;
        }

        Stat(shooter, s =>
        {
            s.Shots.Count(zone.Zone, makes);
            (catchAndShoot ? s.CatchAndShootShots : s.OffTheDribbleShots).Count(zone.Zone, makes);
            if (isThree)
            {
                s.Fga3++;
                s.Fg3 += makes ? 1 : 0;
            }
            else
            {
                s.Fga2++;
                s.Fg2 += makes ? 1 : 0;
                s.PaintPoints += makes && paint ? 2 : 0;
            }
        });
        Score(offense, points);
        EmitBoxScore(shooter, (isThree ? "THREE_POINT_" : "TWO_POINT_") + (makes ? "MAKE" : "MISS"), at);

        if (makes)
        {
            if (_random.NextDouble() < 0.6)
            {
                var passer = offense.OnCourt.Where(p => p != shooter).ElementAt(_random.Next(4));
                Stat(passer, s => s.Assists++);
                EmitBoxScore(passer, "ASSIST", at);
            }

            EndPossession(at, deadBall: true);
            Schedule(at + 2000, () => StartPossession(offense.Opponent, _actionAt, transition: false, afterTurnover: false));
            return;
        }

        if (_random.NextDouble() < 0.07)
        {
            var blocker = offense.Opponent.OnCourt[_random.Next(5)];
            Stat(blocker, s => s.Blocks++);
            EmitBoxScore(blocker, "BLOCK", at);
        }

        Schedule(at + 800, Rebound);
    }

    private void Rebound()
    {
        var at = _actionAt;
        var offense = _possession!.Offense;
        var offensive = _random.NextDouble() < 0.27;
        var team = offensive ? offense : offense.Opponent;
        var rebounder = team.OnCourt[_random.Next(5)];
        Stat(rebounder, s =>
        {
            if (offensive)
            {
                s.OffensiveRebounds++;
            }
            else
            {
                s.DefensiveRebounds++;
            }
        });
        team.CurrentLineup.Rebounds++;
        team.Opponent.CurrentLineup.OpponentRebounds++;
        EmitBoxScore(rebounder, offensive ? "OFFENSIVE_REBOUND" : "DEFENSIVE_REBOUND", at);
        if (offensive)
        {
            _possession.AfterOffensiveRebound = true;
            StartPossession(offense, at, transition: false, afterTurnover: false, continued: _possession);
            return;
        }

        EndPossession(at, deadBall: false);
        Schedule(at + 500, () => StartPossession(offense.Opponent, _actionAt, transition: true, afterTurnover: false));
    }

    private void Turnover()
    {
        var at = _actionAt;
        var offense = _possession!.Offense;
        var loser = _shooter!;
        var liveBall = _random.NextDouble() < 0.55;
        _possession.Turnover = true;
        _possession.Events.Add(("TURNOVER", loser.IdText, Timestamp(at)));
        offense.CurrentLineup.Turnovers++;
        if (liveBall)
        {
            var stealer = offense.Opponent.OnCourt[_random.Next(5)];
            Stat(stealer, s => s.Steals++);
            EmitBoxScore(stealer, "STEAL", at);
        }

        Stat(loser, s =>
        {
            if (liveBall)
            {
                s.LiveBallTurnovers++;
            }
            else
            {
                s.DeadBallTurnovers++;
            }
        });
        EmitBoxScore(loser, "TURNOVER", at);
        EndPossession(at, deadBall: !liveBall);
        Schedule(at + (liveBall ? 300 : 2000), () => StartPossession(offense.Opponent, _actionAt, transition: liveBall, afterTurnover: true));
    }

    private void ShootingFoul()
    {
        var at = _actionAt;
        var offense = _possession!.Offense;
        var shooter = _shooter!;
        var fouler = offense.Opponent.OnCourt[_random.Next(5)];
        _possession.Events.Add(("FOUL", fouler.IdText, Timestamp(at)));
        Stat(fouler, s => s.Fouls++);
        Stat(shooter, s => s.FoulsDrawn++);
        EmitBoxScore(fouler, "FOUL", at);
        Schedule(at + 1000, () => FreeThrow(shooter, 1));
    }

    private void FreeThrow(GamePlayer shooter, int attempt)
    {
        var at = _actionAt;
        var makes = _random.NextDouble() < 0.72;
        _possession!.Events.Add(("FREE_THROW", shooter.IdText, Timestamp(at)));
        Stat(shooter, s =>
        {
            s.Fta++;
            s.Ft += makes ? 1 : 0;
        });
        Score(shooter.Team, makes ? 1 : 0);
        EmitBoxScore(shooter, makes ? "FREE_THROW_MAKE" : "FREE_THROW_MISS", at);
        if (attempt == 1)
        {
            Schedule(at + 1000, () => FreeThrow(shooter, 2));
            return;
        }

        var offense = shooter.Team;
        _possession.ShotType ??= "FREE_THROW";
        EndPossession(at, deadBall: true);
        Schedule(at + 2000, () => StartPossession(offense.Opponent, _actionAt, transition: false, afterTurnover: false));
    }

    /// <summary>Ends a tie that no further period may break: a made two at the final horn.</summary>
    private void BuzzerBeater()
    {
        var offense = _possession?.Offense ?? (_random.Next(2) == 0 ? _home : _away);
        _possession ??= new PossessionRecord(offense, Timestamp(_lengthMs), transition: false, afterTurnover: false);
        _shooter = PickShooter(offense);
        _shotSpot = ShotSpot(offense, isThree: false);
        _actionAt = _lengthMs;
        Shot(isThree: false, makes: true);
        _action = null;
    }

    private void EndOpenPossession(long at)
    {
        if (_possession is { Events.Count: > 0 })
        {
            EndPossession(at, deadBall: true);
        }

        _possession = null;

        _action = null;
    }

    private void EndPossession(long at, bool deadBall)
    {
        var possession = _possession!;
        var offense = possession.Offense;
        offense.CurrentLineup.Possessions++;
        offense.Opponent.CurrentLineup.OpponentPossessions++;
        foreach (var name in new[] { "OVERALL", possession.GroupName })
        {
            if (!offense.PossessionGroups.TryGetValue(name, out var group))
            {
                group = new PossessionGroup();
                offense.PossessionGroups.Add(name, group);
            }

            group.Possessions++;
            group.Points += possession.Points;
            group.Turnovers += possession.Turnover ? 1 : 0;
            group.TwoAttempted += possession.ShotType == "TWO_POINT" ? 1 : 0;
            group.ThreeAttempted += possession.ShotType == "THREE_POINT" ? 1 : 0;
            group.TwoMade += possession.ShotType == "TWO_POINT" && possession.Points >= 2 ? 1 : 0;
            group.ThreeMade += possession.ShotType == "THREE_POINT" && possession.Points >= 3 ? 1 : 0;
        }

        EmitPossession(possession, at);
        EmitPossessionStats(offense, at);
        _possession = null;
        _shooter = null;
        if (deadBall)
        {
            MaybeSubstitute(_home, at);
            MaybeSubstitute(_away, at);
        }
    }
}
