using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Writes the sequenced stat payloads: boxscorestatsv2, possessions, possessionstats and lineupstats.</summary>
internal sealed partial class GameSimulator
{
    private void EmitBoxScore(GamePlayer player, string classification, long at)
    {
        var team = player.Team;
        var (hx, hy) = Hoop(team);
        var eventId = NextEventId();
        _timeline.Add(Offset(at), LiveDataSource.BoxScoreStats, w =>
        {
            w.WriteString("classification"u8, classification);
            w.WriteString("act"u8, "PLAYER"u8);
            w.WriteString("eid"u8, eventId);
            w.WriteString("tid"u8, team.IdText);
            w.WriteString("st"u8, "GAME_ROUND"u8);
            w.WriteString("sid"u8, SessionId);
            w.WriteNumber("t"u8, Timestamp(at));
            w.WriteString("gid"u8, GameId);
            w.WritePropertyName("stats"u8);
            WriteBoxStats(w, player.Total, team.Total.Points);
            w.WritePropertyName("totalStats"u8);
            WriteBoxStats(w, team.Total, team.Total.Points);
            w.WriteNumber("v"u8, 1);
            w.WriteString("pid"u8, player.IdText);
            w.WriteString("prd"u8, Period);
            w.WriteNumber("px"u8, Math.Round(player.X));
            w.WriteNumber("py"u8, Math.Round(player.Y));
            w.WriteNumber("hex"u8, hx);
            w.WriteNumber("hey"u8, hy);
        });
    }

    private static void WriteBoxStats(Utf8JsonWriter w, StatLine s, int teamScore)
    {
        w.WriteStartObject();
        w.WriteNumber("FG"u8, s.Fg);
        w.WriteNumber("FGA"u8, s.Fga);
        w.WriteNumber("FG2"u8, s.Fg2);
        w.WriteNumber("FGA2"u8, s.Fga2);
        w.WriteNumber("FG3"u8, s.Fg3);
        w.WriteNumber("FGA3"u8, s.Fga3);
        w.WriteNumber("FT"u8, s.Ft);
        w.WriteNumber("FTA"u8, s.Fta);
        w.WriteNumber("PTS"u8, s.Points);
        w.WriteNumber("REB"u8, s.Rebounds);
        w.WriteNumber("OFFENSIVE_REB"u8, s.OffensiveRebounds);
        w.WriteNumber("DEFENSIVE_REB"u8, s.DefensiveRebounds);
        w.WriteNumber("AST"u8, s.Assists);
        w.WriteNumber("STL"u8, s.Steals);
        w.WriteNumber("TO"u8, s.Turnovers);
        w.WriteNumber("BLK"u8, s.Blocks);
        w.WriteNumber("FL"u8, s.Fouls);
        w.WriteNumber("FLDN"u8, s.FoulsDrawn);
        w.WriteNumber("PLUS_MINUS"u8, s.PlusMinus);
        w.WriteNumber("TEAM_SCORE"u8, teamScore);
        w.WriteEndObject();
    }

    private void EmitPossession(PossessionRecord possession, long at)
    {
        var team = possession.Offense;
        _timeline.Add(Offset(at), LiveDataSource.Possessions, w =>
        {
            w.WriteString("state"u8, "SAVED"u8);
            w.WriteStartObject("possession"u8);
            w.WriteString("supervision"u8, "SYSTEM"u8);
            w.WriteNumber("startTimestamp"u8, possession.StartTimestamp);
            w.WriteString("teamId"u8, team.IdText);
            w.WriteString("sessionId"u8, SessionId);
            w.WriteString("gameId"u8, GameId);
            WriteStrings(w, "lineupPlayers"u8, possession.Lineup);
            WriteStrings(w, "opponentLineupPlayers"u8, possession.OpponentLineup);
            w.WriteStartArray("possessions"u8);
            foreach (var (type, playerId, timestamp) in possession.Events)
            {
                w.WriteStartObject();
                w.WriteString("possessionType"u8, type);
                w.WriteString("playerId"u8, playerId);
                w.WriteNumber("timestamp"u8, timestamp);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("stats"u8);
            w.WriteBoolean("turnover"u8, possession.Turnover);
            WriteStringOrNull(w, "shotType"u8, possession.ShotType);
            w.WriteNumber("points"u8, possession.Points);
            w.WriteNumber("ballReversals"u8, possession.BallReversals);
            w.WriteNumber("passes"u8, possession.Passes);
            w.WriteEndObject();
            w.WriteStartObject("responseView"u8);
            w.WriteStartArray("possessions"u8);
            w.WriteStringValue(possession.GroupName);
            w.WriteEndArray();
            w.WriteString("period"u8, Period);
            w.WriteStartArray("events"u8);
            foreach (var (type, _, _) in possession.Events)
            {
                w.WriteStringValue(type);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private void EmitPossessionStats(GameTeam team, long at)
    {
        var total = team.PossessionGroups.TryGetValue("OVERALL", out var overall) ? overall.Possessions : 0;
        _timeline.Add(Offset(at), LiveDataSource.PossessionStats, w =>
        {
            w.WriteNumber("t"u8, Timestamp(at));
            w.WriteString("scope"u8, "SESSION"u8);
            w.WriteString("gid"u8, GameId);
            w.WriteString("sid"u8, SessionId);
            w.WriteString("st"u8, "GAME_ROUND"u8);
            w.WriteString("tid"u8, team.IdText);
            w.WriteStartArray("summary"u8);
            foreach (var (type, g) in team.PossessionGroups)
            {
                var fga = g.TwoAttempted + g.ThreeAttempted;
                w.WriteStartObject();
                w.WriteString("type"u8, type);
                w.WriteNumber("POSS"u8, g.Possessions);
                w.WriteNumber("POSS_PCT"u8, Ratio(g.Possessions * 100, total));
                w.WriteNumber("PTS"u8, g.Points);
                w.WriteNumber("PPP"u8, Ratio(g.Points, g.Possessions));
                w.WriteNumber("2PTM"u8, g.TwoMade);
                w.WriteNumber("2PTA"u8, g.TwoAttempted);
                w.WriteNumber("2PT_PCT"u8, Ratio(g.TwoMade * 100, g.TwoAttempted));
                w.WriteNumber("3PTM"u8, g.ThreeMade);
                w.WriteNumber("3PTA"u8, g.ThreeAttempted);
                w.WriteNumber("3PT_PCT"u8, Ratio(g.ThreeMade * 100, g.ThreeAttempted));
                w.WriteNumber("TO"u8, g.Turnovers);
                w.WriteNumber("TO_PCT"u8, Ratio(g.Turnovers * 100, g.Possessions));
                w.WriteNumber("EFG"u8, Ratio((g.TwoMade + (1.5 * g.ThreeMade)) * 100, fga));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private void EmitLineupStats(GameTeam team, LineupRecord lineup, long at) =>
        _timeline.Add(Offset(at), LiveDataSource.LineupStats, w =>
        {
            w.WriteString("tid"u8, team.IdText);
            w.WriteString("sid"u8, SessionId);
            w.WriteString("gid"u8, GameId);
            w.WriteStartObject("stats"u8);
            w.WriteNumber("FG_RATE"u8, Ratio(lineup.FieldGoalsMade, lineup.FieldGoalsAttempted));
            w.WriteNumber("REB_RATE"u8, Ratio(lineup.Rebounds, lineup.Rebounds + lineup.OpponentRebounds));
            w.WriteNumber("TOTAL_POINTS_SCORED"u8, lineup.PointsScored);
            w.WriteNumber("TOTAL_POINTS_ALLOWED"u8, lineup.PointsAllowed);
            w.WriteNumber("TOTAL_TURNOVERS"u8, lineup.Turnovers);
            w.WriteNumber("PPP"u8, Ratio(lineup.PointsScored, lineup.Possessions));
            w.WriteNumber("OPPP"u8, Ratio(lineup.PointsAllowed, lineup.OpponentPossessions));
            w.WriteNumber("PLUS_MINUS"u8, lineup.PlusMinus);
            w.WriteEndObject();
            WriteStrings(w, "players"u8, lineup.PlayerIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });

    private static double Ratio(double part, double whole) => whole == 0 ? 0 : Math.Round(part / whole, 3);
}
