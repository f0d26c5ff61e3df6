using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// The broadcast summary: names, home and away, jersey numbers, who is on the floor, and the check of the computed
/// box score against the summary's (see <c>GameState.Reconcile.cs</c> for when a difference is adopted).
/// </summary>
internal sealed partial class GameState
{
    private GameChangeKinds ApplySummary(BroadcastSummaryData summary)
    {
        var kinds = RecordedPeriod(summary.GamePeriod);
        if (summary.GameStats is not { } game)
        {
            return kinds;
        }

        var sides = new[] { (Stats: game.Home, Side: TeamSide.Home), (Stats: game.Away, Side: TeamSide.Away) };
        foreach (var (stats, side) in sides)
        {
            if (stats?.Team is { } line && Team(TeamId.From(line.TeamId)) is { } team)
            {
                kinds |= Identify(team, line, side);
                kinds |= Roster(team, stats.Players, EventTime(summary.Timestamp));
            }
        }

        if (options.AdoptBroadcastSummary && ComparedAsOf(summary) is { } asOf)
        {
            Active.CollectAfter(asOf, _later);
            var final = summary.GamePeriod?.IsFinal == true;
            foreach (var (stats, _) in sides)
            {
                if (stats?.Team is { } line && TeamId.From(line.TeamId) is { } teamId)
                {
                    Compare(line, new Subject(teamId, null, _teams[teamId].Adjust), asOf, summary.Time, final);
                    foreach (var row in stats.Players ?? [])
                    {
                        if (row is { IsTeamRow: false } && PlayerId.From(row.PlayerId) is { } playerId && _players.TryGetValue(playerId, out var player))
                        {
                            Compare(row, new Subject(teamId, playerId, player.Adjust), asOf, summary.Time, final);
                        }
                    }
                }
            }

            RescheduleSettling();
        }

        return kinds;
    }

    private static GameChangeKinds Identify(TeamInfo team, TeamStatLine line, TeamSide side)
    {
        if (team.Side == side && (line.TeamName is null || line.TeamName == team.Name))
        {
            return GameChangeKinds.None;
        }

        team.Side = side;
        team.Name = line.TeamName ?? team.Name;
        return GameChangeKinds.Roster;
    }

    private GameChangeKinds Roster(TeamInfo team, IReadOnlyList<PlayerStatLine>? rows, long summaryTime)
    {
        var kinds = GameChangeKinds.None;
        List<PlayerId>? onFloor = null;
        foreach (var row in rows ?? [])
        {
            if (row.IsTeamRow || PlayerId.From(row.PlayerId) is not { } id)
            {
                continue;
            }

            kinds |= Register(id, team.Id) ? GameChangeKinds.Roster : GameChangeKinds.None;
            var player = _players[id];
            if (player.FirstName != row.FirstName || player.LastName != row.LastName || player.JerseyNumber != row.JerseyNumber
                || player.Position != row.PositionAbbreviation)
            {
                player.FirstName = row.FirstName ?? player.FirstName;
                player.LastName = row.LastName ?? player.LastName;
                player.JerseyNumber = row.JerseyNumber ?? player.JerseyNumber;
                player.Position = row.PositionAbbreviation ?? player.Position;
                kinds |= GameChangeKinds.Roster;
            }

            if (row.OnTheFloor == true)
            {
                (onFloor ??= []).Add(id);
            }
        }

        // A summary older than the latest lineup the feed reported (a lagging one) would show who was on court before it.
        return onFloor is null || summaryTime < _lineupReportedAt ? kinds : kinds | SetOnCourt(team, onFloor.ToArray());
    }

    private static int? SummaryValue(StatLine line, int stat) => stat switch
    {
        StatIndex.Points => line.Points,
        StatIndex.FieldGoalsMade => line.FieldGoalsMade,
        StatIndex.FieldGoalsAttempted => line.FieldGoalsAttempted,
        StatIndex.ThreesMade => line.ThreePointFieldGoalsMade,
        StatIndex.ThreesAttempted => line.ThreePointFieldGoalsAttempted,
        StatIndex.FreeThrowsMade => line.FreeThrowsMade,
        StatIndex.FreeThrowsAttempted => line.FreeThrowsAttempted,
        StatIndex.OffensiveRebounds => line.OffensiveRebounds,
        StatIndex.DefensiveRebounds => line.DefensiveRebounds,
        StatIndex.Rebounds => line.Rebounds,
        StatIndex.Assists => line.Assists,
        StatIndex.Steals => line.Steals,
        StatIndex.Blocks => line.Blocks,
        StatIndex.Turnovers => line.Turnovers,
        StatIndex.Fouls => line.Fouls,
        StatIndex.PlusMinus => (line as PlayerStatLine)?.PlusMinus,
        _ => null,
    };
}
