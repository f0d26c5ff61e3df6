namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>The league's corrections that no event explains: they change the stats, so summaries and the box score carry them.</summary>
internal sealed partial class GameSimulator
{
    private List<(SummaryCorrection Correction, GamePlayer Player)>? _corrections;
    private int _nextCorrection;

    /// <summary>Finds each correction's player on the rosters, in the order the corrections are due.</summary>
    private List<(SummaryCorrection Correction, GamePlayer Player)> Corrections()
    {
        return _corrections ??= _options.SummaryCorrections
            .Select(c => (c, _home.Players.Concat(_away.Players).FirstOrDefault(p => p.Id == c.PlayerId)
                ?? throw new ArgumentOutOfRangeException(nameof(SyntheticGameOptions.SummaryCorrections), c.PlayerId, "The corrected player is not on either roster.")))
            .OrderBy(pair => pair.c.After)
            .ToList();
    }

    /// <summary>Applies the corrections due by <paramref name="at"/> (time elapsed in the current period).</summary>
    private void ApplyCorrections(long at)
    {
        var corrections = Corrections();
        while (_nextCorrection < corrections.Count && corrections[_nextCorrection].Correction.After.TotalMilliseconds <= Offset(at))
        {
            var (correction, player) = corrections[_nextCorrection++];
            var delta = correction.Delta;
            Stat(player, s =>
            {
                switch (correction.Stat)
                {
                    case SummaryCorrectionStat.TwoPointersMade:
                        s.Fg2 += delta;
                        s.Fga2 += delta;
                        break;
                    case SummaryCorrectionStat.ThreePointersMade:
                        s.Fg3 += delta;
                        s.Fga3 += delta;
                        break;
                    case SummaryCorrectionStat.FreeThrowsMade:
                        s.Ft += delta;
                        s.Fta += delta;
                        break;
                    case SummaryCorrectionStat.OffensiveRebounds:
                        s.OffensiveRebounds += delta;
                        break;
                    case SummaryCorrectionStat.DefensiveRebounds:
                        s.DefensiveRebounds += delta;
                        break;
                    case SummaryCorrectionStat.Assists:
                        s.Assists += delta;
                        break;
                    case SummaryCorrectionStat.Steals:
                        s.Steals += delta;
                        break;
                    case SummaryCorrectionStat.Blocks:
                        s.Blocks += delta;
                        break;
                    case SummaryCorrectionStat.Turnovers:
                        s.DeadBallTurnovers += delta;
                        break;
                    default:
                        s.Fouls += delta;
                        break;
                }
            });
        }
    }

    /// <summary>Applies every correction not applied yet: the game is over.</summary>
    private void ApplyRemainingCorrections() => ApplyCorrections(long.MaxValue / 2);
}
