using System.Globalization;
using System.Text.Json;

namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Writes the broadcastsummary: game, half, quarter and overtime stat blocks for both teams.</summary>
internal sealed partial class GameSimulator
{
    /// <summary>Writes a summary of the stats as of <paramref name="at"/>, sent <see cref="SyntheticGameOptions.BroadcastSummaryLag"/> later.</summary>
    private void EmitSummary(long at, string period)
    {
        var timestamp = Timestamp(at);
        var half = RegulationPeriods / 2;
        var lagMs = (long)_options.BroadcastSummaryLag.TotalMilliseconds;
        if (lagMs > 0)
        {
            _timeline.AddDelayed(Offset(at), lagMs, LiveDataSource.BroadcastSummary, Write);
        }
        else
        {
            _timeline.Add(Offset(at), LiveDataSource.BroadcastSummary, Write);
        }

        void Write(Utf8JsonWriter w)
        {
            w.WriteNumber("at"u8, timestamp);
            w.WriteString("at_formatted"u8, DateTimeOffset.FromUnixTimeMilliseconds(timestamp).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
            w.WriteString("period"u8, period);
            w.WriteString("reference"u8, Reference);
            WriteBlock(w, "game_stats", "game", null);
            WriteBlock(w, "half_1_stats", "h1", Enumerable.Range(0, half));
            WriteBlock(w, "half_2_stats", "h2", Enumerable.Range(half, half));
            if (Quarters)
            {
                for (var q = 0; q < 4; q++)
                {
                    WriteBlock(w, $"quarter_{q + 1}_stats", $"q{q + 1}", [q]);
                }
            }

            for (var ot = RegulationPeriods; ot < _periodNames.Count; ot++)
            {
                var n = ot - RegulationPeriods + 1;
                WriteBlock(w, $"ot_{n}_stats", $"ot{n}", [ot]);
            }
        }
    }

    // periods: the period indexes the block adds up, or null for the whole game.
    private void WriteBlock(Utf8JsonWriter w, string name, string suffix, IEnumerable<int>? periods)
    {
        var indexes = periods?.ToList();
        StatLine Line(List<StatLine> byPeriod, StatLine total) =>
            indexes is null ? total : StatLine.Sum(indexes.Where(i => i < byPeriod.Count).Select(i => byPeriod[i]));

        w.WriteStartObject(name);
        w.WriteString("reference"u8, $"{Reference}-{suffix}");
        foreach (var team in new[] { _home, _away })
        {
            var teamLine = Line(team.Periods, team.Total);
            w.WriteStartObject(team.IsHome ? "home"u8 : "away"u8);
            w.WriteStartObject("team"u8);
            w.WriteNumber("team_id"u8, team.Id);
            w.WriteString("consumer_code"u8, team.IdText);
            w.WriteString("team_name"u8, team.Name);
            WriteSummaryStats(w, teamLine);
            w.WriteNumber("SECOND_CHANCE_POINTS"u8, teamLine.SecondChancePoints);
            w.WriteNumber("POINTS_OFF_TURNOVER"u8, teamLine.PointsOffTurnovers);
            if (indexes is null)
            {
                WritePossessionTypes(w, team);
            }

            w.WriteStartArray("lineup_stats"u8);
            foreach (var lineup in team.Lineups.Values.OrderByDescending(l => l.PlusMinus).ThenBy(l => string.Join(",", l.PlayerIds)).Take(2))
            {
                w.WriteStartObject();
                w.WriteStartArray("player_ids"u8);
                foreach (var id in lineup.PlayerIds)
                {
                    w.WriteNumberValue(id);
                }

                w.WriteEndArray();
                w.WriteNumber("PLUS_MINUS"u8, lineup.PlusMinus);
                w.WriteNumber("TOTAL_POINTS_SCORED"u8, lineup.PointsScored);
                w.WriteNumber("TOTAL_POINTS_ALLOWED"u8, lineup.PointsAllowed);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartArray("players"u8);
            w.WriteStartObject();
            w.WriteNumber("player_id"u8, 0);
            w.WriteString("consumer_code"u8, team.IdText);
            w.WriteNumber("jersey_number"u8, -1);
            w.WriteNull("first_name"u8);
            w.WriteNull("last_name"u8);
            w.WriteNull("position_abbr"u8);
            w.WriteNumber("sensor"u8, 0);
            w.WriteBoolean("on_the_floor"u8, false);
            w.WriteNumber("PLUS_MINUS"u8, 0);
            WriteSummaryStats(w, teamLine);
            w.WriteEndObject();
            foreach (var player in team.Players)
            {
                var line = Line(player.Periods, player.Total);
                w.WriteStartObject();
                w.WriteNumber("player_id"u8, player.Id);
                w.WriteString("consumer_code"u8, player.IdText);
                w.WriteNumber("jersey_number"u8, player.Jersey);
                w.WriteString("first_name"u8, player.FirstName);
                w.WriteString("last_name"u8, player.LastName);
                w.WriteString("position_abbr"u8, player.Position);
                w.WriteNumber("sensor"u8, player.Sensor);
                w.WriteBoolean("on_the_floor"u8, player.OnCourt);
                w.WriteNumber("PLUS_MINUS"u8, line.PlusMinus);
                WriteSummaryStats(w, line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSummaryStats(Utf8JsonWriter w, StatLine s)
    {
        w.WriteString("TWO_POINT_PCT_DISPLAY"u8, Percent(s.Fg2, s.Fga2));
        WriteShooting(w, "FG", s.Fg, s.Fga, "FGA");
        WriteShooting(w, "FG2", s.Fg2, s.Fga2, "FGA2");
        WriteShooting(w, "FG3", s.Fg3, s.Fga3, "FGA3");
        WriteShooting(w, "FT", s.Ft, s.Fta, "FTA");
        w.WriteNumber("PTS"u8, s.Points);
        w.WriteNumber("REB"u8, s.Rebounds);
        w.WriteNumber("OFFENSIVE_REB"u8, s.OffensiveRebounds);
        w.WriteNumber("DEFENSIVE_REB"u8, s.DefensiveRebounds);
        w.WriteNumber("AST"u8, s.Assists);
        w.WriteNumber("STL"u8, s.Steals);
        w.WriteNumber("TO"u8, s.Turnovers);
        w.WriteNumber("LBTO"u8, s.LiveBallTurnovers);
        w.WriteNumber("DBTO"u8, s.DeadBallTurnovers);
        w.WriteNumber("DIST"u8, Math.Round(s.DistanceMm / 10));
        w.WriteNumber("DIST_MILES"u8, Math.Round(s.DistanceMm / 1_609_344, 3));
        w.WriteNumber("BLK"u8, s.Blocks);
        w.WriteNumber("FL"u8, s.Fouls);
        w.WriteNumber("FLDN"u8, s.FoulsDrawn);
        w.WriteNumber("PPTS"u8, s.PaintPoints);
        w.WriteNumber("AST_TO_RATE"u8, s.Turnovers == 0 ? s.Assists : Math.Round((double)s.Assists / s.Turnovers, 2));
        WriteZones(w, "shots", s.Shots);
        WriteZones(w, "cas_shots", s.CatchAndShootShots);
        WriteZones(w, "otd_shots", s.OffTheDribbleShots);
    }

    /// <summary>One entry per zone of the 14-zone map, coloured hot (red), average (yellow), cold (blue) or unused (grey).</summary>
    private static void WriteZones(Utf8JsonWriter w, string name, ZoneCounts zones)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < ZoneCounts.Zones; i++)
        {
            var (made, attempted) = (zones.Made[i], zones.Attempted[i]);
            var (r, g, b) = attempted == 0 ? (200, 200, 200)
                : made * 2 >= attempted ? (220, 38, 38)
                : made * 100 >= attempted * 35 ? (234, 179, 8)
                : (37, 99, 235);
            w.WriteStartObject();
            w.WriteString("DISPLAY"u8, $"{made}/{attempted}");
            w.WriteString("PCT_DISPLAY"u8, Percent(made, attempted));
            w.WriteNumber("R"u8, r);
            w.WriteNumber("G"u8, g);
            w.WriteNumber("B"u8, b);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The <c>{TYPE}_…</c> fields per possession group; possession groups are kept for the whole game only.</summary>
    private static void WritePossessionTypes(Utf8JsonWriter w, GameTeam team)
    {
        foreach (var (type, g) in team.PossessionGroups)
        {
            var made = g.TwoMade + g.ThreeMade;
            var attempted = g.TwoAttempted + g.ThreeAttempted;
            var opponentMade = team.Opponent.PossessionGroups.TryGetValue(type, out var other) ? other.TwoMade + other.ThreeMade : 0;
            w.WriteNumber(type + "_FG_VALUE", made);
            w.WriteString(type + "_FG", Percent(made, attempted));
            w.WriteString(type + "_FG_FRACTION", $"{made}/{attempted}");
            w.WriteNumber(type + "_POSS", g.Possessions);
            w.WriteNumber(type + "_PTS", g.Points);
            w.WriteNumber(type + "_2PTM", g.TwoMade);
            w.WriteNumber(type + "_2PTA", g.TwoAttempted);
            w.WriteNumber(type + "_3PTM", g.ThreeMade);
            w.WriteNumber(type + "_3PTA", g.ThreeAttempted);
            w.WriteNumber(type + "_TO", g.Turnovers);
            w.WriteNumber(type + "_PPP", Ratio(g.Points, g.Possessions));
            w.WriteNumber(type + "_FG_VALUE_ARROW", made > opponentMade ? 1 : made < opponentMade ? -1 : 0);
        }
    }

    private static void WriteShooting(Utf8JsonWriter w, string made, int m, int a, string attempted)
    {
        w.WriteNumber(made, m);
        w.WriteNumber(attempted, a);
        w.WriteString(made + "_FRACTION", $"{m}/{a}");
        w.WriteString(made + "_PCT_DISPLAY", Percent(m, a));
    }

    private static string Percent(int made, int attempted) =>
        attempted == 0 ? "0.0%" : (100.0 * made / attempted).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
