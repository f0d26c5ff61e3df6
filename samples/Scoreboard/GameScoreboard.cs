using System.Globalization;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Samples.Scoreboard;

/// <summary>
/// The state a scoreboard shows, folded from the typed events: score and box score from boxscorestatsv2 running
/// totals, names from the broadcast summary, clocks from clock ticks, the last shot from chart.
/// </summary>
internal sealed class GameScoreboard
{
    private readonly Dictionary<string, TeamLine> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlayerLine> _players = new(StringComparer.Ordinal);

    public string? Period { get; private set; }

    public string? GameClock { get; private set; }

    public string? ShotClock { get; private set; }

    public string? LastShot { get; private set; }

    public long Messages { get; private set; }

    public bool Final { get; private set; }

    /// <summary>Gets the teams, home first once the broadcast summary has said which is which.</summary>
    public IEnumerable<TeamLine> Teams => _teams.Values.OrderBy(t => t.IsHome ? 0 : 1).ThenBy(t => t.TeamId, StringComparer.Ordinal);

    public IEnumerable<PlayerLine> Players => _players.Values;

    public IEnumerable<PlayerLine> TopScorers(int count) =>
        _players.Values.Where(p => p.Points > 0).OrderByDescending(p => p.Points).ThenBy(p => p.PlayerId, StringComparer.Ordinal).Take(count);

    /// <summary>Applies one event; returns whether something a viewer would notice changed.</summary>
    public bool Apply(LiveDataEvent liveDataEvent)
    {
        Messages++;
        switch (liveDataEvent)
        {
            case ClockEvent { Data: var clock }:
                Period = clock.Period ?? Period;
                GameClock = $"{clock.Minutes}:{clock.Seconds?.PadLeft(2, '0')}.{clock.SubSeconds}";
                ShotClock = clock.ShotClockSeconds;
                return true;
            case BoxScoreStatsEvent { Data: var stat }:
                ApplyStat(stat);
                return true;
            case ChartEvent { Data: var shot }:
                var shooter = shot.PlayerId is { } pid && _players.TryGetValue(pid, out var p) ? p.Name : $"player {shot.PlayerId}";
                var kind = shot.IsThreePointer == true ? "3PT" : "2PT";
                LastShot = $"{shooter} {kind} {shot.Result.ToString().ToUpperInvariant()} ({shot.Period})";
                return true;
            case BroadcastSummaryEvent { Data: var summary }:
                ApplySummary(summary);
                Final |= summary.Period is Periods.Completed or Periods.End;
                return true;
            default:
                return false;
        }
    }

    private void ApplyStat(BoxScoreStatsData stat)
    {
        if (stat.TeamId is not { } teamId)
        {
            return;
        }

        var team = Team(teamId);
        team.Points = stat.TotalStats?.TeamScore ?? stat.TotalStats?.Points ?? team.Points;
        if (stat.PlayerId is { } playerId && stat.Stats is { } totals)
        {
            var player = Player(playerId, teamId);
            player.Points = totals.Points ?? player.Points;
            player.Rebounds = totals.Rebounds ?? player.Rebounds;
            player.Assists = totals.Assists ?? player.Assists;
            player.FieldGoalsMade = totals.FieldGoalsMade ?? player.FieldGoalsMade;
            player.FieldGoalsAttempted = totals.FieldGoalsAttempted ?? player.FieldGoalsAttempted;
            player.ThreePointersMade = totals.ThreePointersMade ?? player.ThreePointersMade;
            player.FreeThrowsMade = totals.FreeThrowsMade ?? player.FreeThrowsMade;
        }
    }

    private void ApplySummary(BroadcastSummaryData summary)
    {
        foreach (var (side, isHome) in new[] { (summary.GameStats?.Home, true), (summary.GameStats?.Away, false) })
        {
            if (side?.Team is not { TeamId: { } id } line)
            {
                continue;
            }

            var teamId = id.ToString(CultureInfo.InvariantCulture);
            var team = Team(teamId);
            team.Name = line.TeamName ?? team.Name;
            team.IsHome = isHome;
            foreach (var row in side.Players ?? [])
            {
                if (!row.IsTeamRow && row.PlayerId is { } playerId)
                {
                    Player(playerId.ToString(CultureInfo.InvariantCulture), teamId).Name =
                        $"#{row.JerseyNumber} {row.FirstName?.FirstOrDefault()}. {row.LastName}";
                }
            }
        }
    }

    private TeamLine Team(string teamId) =>
        _teams.TryGetValue(teamId, out var team) ? team : _teams[teamId] = new TeamLine(teamId);

    private PlayerLine Player(string playerId, string teamId) =>
        _players.TryGetValue(playerId, out var player) ? player : _players[playerId] = new PlayerLine(playerId, teamId);

    internal sealed class TeamLine(string teamId)
    {
        public string TeamId { get; } = teamId;

        public string Name { get; set; } = $"Team {teamId}";

        public bool IsHome { get; set; }

        public int Points { get; set; }
    }

    internal sealed class PlayerLine(string playerId, string teamId)
    {
        public string PlayerId { get; } = playerId;

        public string TeamId { get; } = teamId;

        public string Name { get; set; } = $"player {playerId}";

        public int Points { get; set; }

        public int Rebounds { get; set; }

        public int Assists { get; set; }

        public int FieldGoalsMade { get; set; }

        public int FieldGoalsAttempted { get; set; }

        public int ThreePointersMade { get; set; }

        public int FreeThrowsMade { get; set; }
    }
}
