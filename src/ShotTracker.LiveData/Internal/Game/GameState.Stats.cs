using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>Box score events and shots: the ledgers, the plays they make, and who has the ball.</summary>
internal sealed partial class GameState
{
    private static readonly Dictionary<string, int[]> Classifications = new(StringComparer.Ordinal)
    {
        [BoxScoreClassifications.TwoPointMake] = WithPoints(2, StatIndex.FieldGoalsMade, StatIndex.FieldGoalsAttempted),
        [BoxScoreClassifications.TwoPointMiss] = StatIndex.Of(StatIndex.FieldGoalsAttempted),
        [BoxScoreClassifications.ThreePointMake] = WithPoints(3, StatIndex.FieldGoalsMade, StatIndex.FieldGoalsAttempted, StatIndex.ThreesMade, StatIndex.ThreesAttempted),
        [BoxScoreClassifications.ThreePointMiss] = StatIndex.Of(StatIndex.FieldGoalsAttempted, StatIndex.ThreesAttempted),
        [BoxScoreClassifications.FreeThrowMake] = WithPoints(1, StatIndex.FreeThrowsMade, StatIndex.FreeThrowsAttempted),
        [BoxScoreClassifications.FreeThrowMiss] = StatIndex.Of(StatIndex.FreeThrowsAttempted),
        [BoxScoreClassifications.OffensiveRebound] = StatIndex.Of(StatIndex.OffensiveRebounds, StatIndex.Rebounds),
        [BoxScoreClassifications.DefensiveRebound] = StatIndex.Of(StatIndex.DefensiveRebounds, StatIndex.Rebounds),
        [BoxScoreClassifications.Assist] = StatIndex.Of(StatIndex.Assists),
        [BoxScoreClassifications.Steal] = StatIndex.Of(StatIndex.Steals),
        [BoxScoreClassifications.Block] = StatIndex.Of(StatIndex.Blocks),
        [BoxScoreClassifications.Turnover] = StatIndex.Of(StatIndex.Turnovers),
        [BoxScoreClassifications.Foul] = StatIndex.Of(StatIndex.Fouls),
    };

    private readonly HashSet<string> _unknownClassifications = new(StringComparer.Ordinal);

    private GameChangeKinds ApplyBoxScore(BoxScoreStatsData stat, long? sequence)
    {
        Note(stat.GameId);
        var team = TeamId.From(stat.TeamId);
        var isPlayer = stat.ActorType is null or ActorTypes.Player;
        var player = isPlayer ? PlayerId.From(stat.PlayerId) : null;
        var kinds = RecordedPeriod(stat.GamePeriod);
        Team(team);
        if (player is { } p && Register(p, team))
        {
            kinds |= GameChangeKinds.Roster;
        }

        var classification = stat.Classification ?? string.Empty;
        if (!Classifications.TryGetValue(classification, out var deltas))
        {
            deltas = StatIndex.None;
            if (_unknownClassifications.Add(classification))
            {
                LiveGameLog.UnknownClassification(logger, classification);
            }
        }

        var entry = Entry(team, player, deltas, stat.Period, stat.Version ?? 0, stat.Timestamp);
        var previous = _box.Record(stat.EventId, entry, out var stale);
        if (stale)
        {
            LiveGameLog.Stale(logger, stat.EventId!, entry.Version);
            return kinds;
        }

        if (previous is not null)
        {
            LiveGameLog.Corrected(logger, stat.EventId!, entry.Version, previous.Version);
        }

        kinds |= GameChangeKinds.BoxScore;
        if (deltas[StatIndex.Points] != 0 || previous?.Deltas[StatIndex.Points] is > 0 or < 0)
        {
            kinds |= GameChangeKinds.Score;
        }

        var isFieldGoal = deltas[StatIndex.FieldGoalsAttempted] != 0;
        if (!(isFieldGoal && _chartSeen) && BoxScorePlay(stat, classification, team, player, sequence) is { } play)
        {
            kinds |= AddPlay(entry, previous, play);
        }

        _possession = PossessionAfter(classification, team) ?? _possession;
        return kinds;
    }

    private GameChangeKinds ApplyChart(ChartData shot, long? sequence)
    {
        Note(shot.GameId);
        _chartSeen = true;
        var team = TeamId.From(shot.TeamId);
        var player = PlayerId.From(shot.PlayerId);
        var kinds = RecordedPeriod(shot.GamePeriod);
        Team(team);
        if (player is { } p && Register(p, team))
        {
            kinds |= GameChangeKinds.Roster;
        }

        var retracted = shot.Status is not null && shot.Status != ShotStatuses.Recorded;
        var three = shot.IsThreePointer == true;
        var made = shot.Result == ShotResult.Make;
        var points = made ? shot.Points ?? (three ? 3 : 2) : 0;
        var deltas = retracted || shot.Result == ShotResult.Unknown
            ? StatIndex.None
            : three
                ? StatIndex.Of(StatIndex.FieldGoalsAttempted, StatIndex.ThreesAttempted)
                : StatIndex.Of(StatIndex.FieldGoalsAttempted);
        if (made && !retracted)
        {
            deltas[StatIndex.FieldGoalsMade]++;
            deltas[StatIndex.ThreesMade] += three ? 1 : 0;
            deltas[StatIndex.Points] = points;
        }

        // The chart carries no version: a shot sent again replaces the earlier one in arrival order.
        var entry = Entry(team, player, deltas, shot.Period, ++_arrival, shot.Timestamp);
        var previous = _chart.Record(shot.EventId, entry, out _);
        if (ReferenceEquals(Active, _chart))
        {
            kinds |= GameChangeKinds.BoxScore | GameChangeKinds.Score;
        }

        var play = new ShotPlay
        {
            EventId = shot.EventId,
            Sequence = sequence,
            Period = shot.GamePeriod,
            GameClock = ClockAt(shot.Timestamp, shot.GamePeriod),
            Time = shot.Time,
            TeamId = team,
            PlayerId = player,
            Kind = three ? ShotKind.ThreePointer : ShotKind.TwoPointer,
            Made = made && !retracted,
            Points = retracted ? 0 : points,
            X = shot.PlayerX,
            Y = shot.PlayerY,
            Distance = shot.Distance,
            Retracted = retracted,
        };
        kinds |= AddPlay(entry, previous, play);
        kinds |= OnCourtFromShot(shot.Players);
        _possession = (made ? OpponentOf(team) : team) ?? _possession;
        return kinds;
    }

    private LedgerEntry Entry(TeamId? team, PlayerId? player, int[] deltas, string? period, long version, long? time)
    {
        var opponent = OpponentOf(team);
        return new LedgerEntry
        {
            Team = team,
            Opponent = opponent,
            Player = player,
            Deltas = deltas,
            Period = period,
            Version = version,
            Time = EventTime(time),
            OnCourt = team is { } t && _teams.TryGetValue(t, out var own) ? own.Lineup : [],
            OpponentOnCourt = opponent is { } o && _teams.TryGetValue(o, out var other) ? other.Lineup : [],
        };
    }

    private GameChangeKinds AddPlay(LedgerEntry entry, LedgerEntry? previous, GamePlay play)
    {
        if (previous is not null && previous.PlayIndex >= 0)
        {
            entry.PlayIndex = previous.PlayIndex;
            _plays.Replace(entry.PlayIndex, play);
        }
        else
        {
            entry.PlayIndex = _plays.Add(play);
        }

        _newPlays.Add(play);
        return GameChangeKinds.Play;
    }

    private GamePlay? BoxScorePlay(BoxScoreStatsData stat, string classification, TeamId? team, PlayerId? player, long? sequence)
    {
        GamePlay? play = classification switch
        {
            BoxScoreClassifications.TwoPointMake or BoxScoreClassifications.TwoPointMiss or BoxScoreClassifications.ThreePointMake
                or BoxScoreClassifications.ThreePointMiss or BoxScoreClassifications.FreeThrowMake or BoxScoreClassifications.FreeThrowMiss => new ShotPlay
                {
                    Kind = classification.StartsWith("FREE", StringComparison.Ordinal) ? ShotKind.FreeThrow
                        : classification.StartsWith("THREE", StringComparison.Ordinal) ? ShotKind.ThreePointer : ShotKind.TwoPointer,
                    Made = classification.EndsWith("MAKE", StringComparison.Ordinal),
                    Points = Classifications[classification][StatIndex.Points],
                    X = classification.StartsWith("FREE", StringComparison.Ordinal) ? null : stat.PlayerX,
                    Y = classification.StartsWith("FREE", StringComparison.Ordinal) ? null : stat.PlayerY,
                },
            BoxScoreClassifications.OffensiveRebound => new ReboundPlay { Offensive = true },
            BoxScoreClassifications.DefensiveRebound => new ReboundPlay { Offensive = false },
            BoxScoreClassifications.Assist => new AssistPlay(),
            BoxScoreClassifications.Steal => new StealPlay(),
            BoxScoreClassifications.Block => new BlockPlay(),
            BoxScoreClassifications.Turnover => new TurnoverPlay(),
            BoxScoreClassifications.Foul => new FoulPlay(),
            _ => null,
        };
        return play is null ? null : play with
        {
            EventId = stat.EventId,
            Sequence = sequence,
            Period = stat.GamePeriod,
            GameClock = ClockAt(stat.Timestamp, stat.GamePeriod),
            Time = stat.Time,
            TeamId = team,
            PlayerId = player,
        };
    }

    /// <summary>Who has the ball after a box score event of <paramref name="team"/>; <see langword="null"/> when it does not say.</summary>
    private TeamId? PossessionAfter(string classification, TeamId? team) => classification switch
    {
        BoxScoreClassifications.TwoPointMake or BoxScoreClassifications.ThreePointMake or BoxScoreClassifications.Turnover
            or BoxScoreClassifications.Foul => OpponentOf(team),
        BoxScoreClassifications.TwoPointMiss or BoxScoreClassifications.ThreePointMiss or BoxScoreClassifications.FreeThrowMake
            or BoxScoreClassifications.FreeThrowMiss or BoxScoreClassifications.OffensiveRebound or BoxScoreClassifications.DefensiveRebound
            or BoxScoreClassifications.Steal => team,
        _ => null,
    };

    private static int[] WithPoints(int points, params int[] stats)
    {
        var deltas = StatIndex.Of(stats);
        deltas[StatIndex.Points] = points;
        return deltas;
    }
}
