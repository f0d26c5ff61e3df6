using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol.Converters;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>Reads a team's stat line of a broadcast summary (<c>home.team</c>, <c>away.team</c>) and its top lineups.</summary>
/// <remarks>The per-possession-type fields (<c>OVERALL_PTS</c>, …) are unmapped and kept raw, as the generated converter keeps them.</remarks>
internal static class TeamStatLineReader
{
    // The order the service sends them in, so that the table finds each name on its first try; last, the computed
    // property, whose name the generated converter skips rather than keep as an unknown property.
    private static readonly string[] NameList = FieldNames.Of(
        (Field.TeamId, "team_id"), (Field.ConsumerCode, "consumer_code"), (Field.TeamName, "team_name"),
        (Field.TwoPointPctDisplay, "TWO_POINT_PCT_DISPLAY"), (Field.Fg, "FG"), (Field.Fga, "FGA"),
        (Field.FgFraction, "FG_FRACTION"), (Field.FgPctDisplay, "FG_PCT_DISPLAY"), (Field.Fg2, "FG2"),
        (Field.Fga2, "FGA2"), (Field.Fg2Fraction, "FG2_FRACTION"), (Field.Fg2PctDisplay, "FG2_PCT_DISPLAY"),
        (Field.Fg3, "FG3"), (Field.Fga3, "FGA3"), (Field.Fg3Fraction, "FG3_FRACTION"),
        (Field.Fg3PctDisplay, "FG3_PCT_DISPLAY"), (Field.Ft, "FT"), (Field.Fta, "FTA"),
        (Field.FtFraction, "FT_FRACTION"), (Field.FtPctDisplay, "FT_PCT_DISPLAY"), (Field.Pts, "PTS"),
        (Field.Reb, "REB"), (Field.OffensiveReb, "OFFENSIVE_REB"), (Field.DefensiveReb, "DEFENSIVE_REB"),
        (Field.Ast, "AST"), (Field.Stl, "STL"), (Field.To, "TO"), (Field.Lbto, "LBTO"), (Field.Dbto, "DBTO"),
        (Field.Dist, "DIST"), (Field.DistMiles, "DIST_MILES"), (Field.Blk, "BLK"), (Field.Fl, "FL"),
        (Field.Fldn, "FLDN"), (Field.Ppts, "PPTS"), (Field.AstToRate, "AST_TO_RATE"),
        (Field.SecondChancePoints, "SECOND_CHANCE_POINTS"), (Field.PointsOffTurnover, "POINTS_OFF_TURNOVER"),
        (Field.Shots, "shots"), (Field.ShotLocations, "shot_locations"), (Field.CasShots, "cas_shots"),
        (Field.OtdShots, "otd_shots"), (Field.LineupStats, "lineup_stats"),
        (Field.PossessionTypes, "PossessionTypes"));

    private static readonly PropertyTable Names = new(NameList);

    private static readonly int[] Shared = StatLineValues.Slots(NameList);

    private static readonly PropertyTable LineupNames = PropertyTable.Of(
        (LineupField.PlayerIds, "player_ids"), (LineupField.PlusMinus, "PLUS_MINUS"),
        (LineupField.TotalPointsScored, "TOTAL_POINTS_SCORED"),
        (LineupField.TotalPointsAllowed, "TOTAL_POINTS_ALLOWED"));

    public static TeamStatLine Read(ref Utf8JsonReader reader)
    {
        var s = default(StatLineValues);
        long? teamId = null;
        string? teamName = null;
        int? secondChance = null, offTurnovers = null;
        TopLineup[]? lineups = null;
        Dictionary<string, JsonElement>? extra = ExtensionScratch.Rent();
        var last = -1;
        while (ObjectReader.Next(ref reader, Names, ref last, out var field, ref extra))
        {
            var path = Names.Path(field);
            if (Shared[field] >= 0)
            {
                s.Read(ref reader, Shared[field], path);
                continue;
            }

            switch (field)
            {
                case (int)Field.TeamId: teamId = PropertyReader.ReadInt64(ref reader, path); break;
                case (int)Field.TeamName: teamName = PropertyReader.ReadRepeatedString(ref reader, path); break;
                case (int)Field.SecondChancePoints: secondChance = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)Field.PointsOffTurnover: offTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)Field.LineupStats: lineups = ObjectReader.ReadArray(ref reader, "lineup_stats", ReadLineup); break;
                default: reader.Skip(); break;
            }
        }

        return new TeamStatLine(s)
        {
            TeamId = teamId,
            TeamName = teamName,
            SecondChancePoints = secondChance,
            PointsOffTurnovers = offTurnovers,
            TopLineups = lineups,
            AdditionalProperties = ExtensionScratch.Complete(extra!),
        };
    }

    private static TopLineup ReadLineup(ref Utf8JsonReader reader) =>
        ObjectReader.ReadObject(ref reader, "lineup_stats[]", ReadLineupObject)!;

    private static TopLineup ReadLineupObject(ref Utf8JsonReader reader)
    {
        long[]? players = null;
        int? plusMinus = null, scored = null, allowed = null;
        Dictionary<string, JsonElement>? extra = null;
        var last = -1;
        while (ObjectReader.Next(ref reader, LineupNames, ref last, out var field, ref extra))
        {
            var path = LineupNames.Path(field);
            switch (field)
            {
                case (int)LineupField.PlayerIds: players = ObjectReader.ReadInt64s(ref reader, "player_ids"); break;
                case (int)LineupField.PlusMinus: plusMinus = PropertyReader.ReadInt32(ref reader, path); break;
                case (int)LineupField.TotalPointsScored: scored = PropertyReader.ReadInt32(ref reader, path); break;
                default: allowed = PropertyReader.ReadInt32(ref reader, path); break; // LineupField.TotalPointsAllowed
            }
        }

        return new TopLineup { PlayerIds = players, PlusMinus = plusMinus, TotalPointsScored = scored, TotalPointsAllowed = allowed, AdditionalProperties = extra };
    }

    private enum Field
    {
        TeamId,
        ConsumerCode,
        TeamName,
        TwoPointPctDisplay,
        Fg,
        Fga,
        FgFraction,
        FgPctDisplay,
        Fg2,
        Fga2,
        Fg2Fraction,
        Fg2PctDisplay,
        Fg3,
        Fga3,
        Fg3Fraction,
        Fg3PctDisplay,
        Ft,
        Fta,
        FtFraction,
        FtPctDisplay,
        Pts,
        Reb,
        OffensiveReb,
        DefensiveReb,
        Ast,
        Stl,
        To,
        Lbto,
        Dbto,
        Dist,
        DistMiles,
        Blk,
        Fl,
        Fldn,
        Ppts,
        AstToRate,
        SecondChancePoints,
        PointsOffTurnover,
        Shots,
        ShotLocations,
        CasShots,
        OtdShots,
        LineupStats,
        PossessionTypes,
    }

    private enum LineupField
    {
        PlayerIds,
        PlusMinus,
        TotalPointsScored,
        TotalPointsAllowed,
    }
}
