using System.Text.Json;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Models;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>The wire name of every <see cref="StatField"/>, and the reading of the fields every stat line shares.</summary>
internal static class StatFields
{
    /// <summary>The wire names, indexed by <see cref="StatField"/> value; the one place a stat field meets its name.</summary>
    private static readonly string[] Names = FieldNames.Of(
        (StatField.Fg, "FG"), (StatField.Fga, "FGA"), (StatField.Fg2, "FG2"), (StatField.Fga2, "FGA2"),
        (StatField.Fg3, "FG3"), (StatField.Fga3, "FGA3"), (StatField.Ft, "FT"), (StatField.Fta, "FTA"),
        (StatField.Pts, "PTS"), (StatField.Reb, "REB"), (StatField.OffensiveReb, "OFFENSIVE_REB"),
        (StatField.DefensiveReb, "DEFENSIVE_REB"), (StatField.Ast, "AST"), (StatField.Stl, "STL"),
        (StatField.To, "TO"), (StatField.Blk, "BLK"), (StatField.Fl, "FL"), (StatField.Fldn, "FLDN"),
        (StatField.PlusMinus, "PLUS_MINUS"), (StatField.TeamScore, "TEAM_SCORE"),
        (StatField.ConsumerCode, "consumer_code"), (StatField.TwoPointPctDisplay, "TWO_POINT_PCT_DISPLAY"),
        (StatField.FgFraction, "FG_FRACTION"), (StatField.FgPctDisplay, "FG_PCT_DISPLAY"),
        (StatField.Fg2Fraction, "FG2_FRACTION"), (StatField.Fg2PctDisplay, "FG2_PCT_DISPLAY"),
        (StatField.Fg3Fraction, "FG3_FRACTION"), (StatField.Fg3PctDisplay, "FG3_PCT_DISPLAY"),
        (StatField.FtFraction, "FT_FRACTION"), (StatField.FtPctDisplay, "FT_PCT_DISPLAY"), (StatField.Lbto, "LBTO"),
        (StatField.Dbto, "DBTO"), (StatField.Dist, "DIST"), (StatField.DistMiles, "DIST_MILES"),
        (StatField.Ppts, "PPTS"), (StatField.AstToRate, "AST_TO_RATE"), (StatField.Shots, "shots"),
        (StatField.ShotLocations, "shot_locations"), (StatField.CasShots, "cas_shots"),
        (StatField.OtdShots, "otd_shots"), (StatField.PlayerId, "player_id"), (StatField.JerseyNumber, "jersey_number"),
        (StatField.FirstName, "first_name"), (StatField.LastName, "last_name"),
        (StatField.PositionAbbr, "position_abbr"), (StatField.Sensor, "sensor"), (StatField.OnTheFloor, "on_the_floor"),
        (StatField.SeasonStats, "season_stats"), (StatField.IsTeamRow, "IsTeamRow"), (StatField.TeamId, "team_id"),
        (StatField.TeamName, "team_name"), (StatField.SecondChancePoints, "SECOND_CHANCE_POINTS"),
        (StatField.PointsOffTurnover, "POINTS_OFF_TURNOVER"), (StatField.LineupStats, "lineup_stats"),
        (StatField.PossessionTypes, "PossessionTypes"), (StatField.PlayerIds, "player_ids"),
        (StatField.TotalPointsScored, "TOTAL_POINTS_SCORED"), (StatField.TotalPointsAllowed, "TOTAL_POINTS_ALLOWED"));

    /// <summary>Gets the shooting fields of every stat line, in the order the service sends them.</summary>
    public static StatField[] Shooting { get; } =
    [
        StatField.TwoPointPctDisplay, StatField.Fg, StatField.Fga, StatField.FgFraction, StatField.FgPctDisplay,
        StatField.Fg2, StatField.Fga2, StatField.Fg2Fraction, StatField.Fg2PctDisplay, StatField.Fg3, StatField.Fga3,
        StatField.Fg3Fraction, StatField.Fg3PctDisplay, StatField.Ft, StatField.Fta, StatField.FtFraction,
        StatField.FtPctDisplay,
    ];

    /// <summary>Gets the counting fields of every stat line (points to assist-to-turnover rate), in the order the service sends them.</summary>
    public static StatField[] Counts { get; } =
    [
        StatField.Pts, StatField.Reb, StatField.OffensiveReb, StatField.DefensiveReb, StatField.Ast, StatField.Stl,
        StatField.To, StatField.Lbto, StatField.Dbto, StatField.Dist, StatField.DistMiles, StatField.Blk, StatField.Fl,
        StatField.Fldn, StatField.Ppts, StatField.AstToRate,
    ];

    /// <summary>Gets the shot maps of every stat line, in the order the service sends them.</summary>
    public static StatField[] ShotMaps { get; } = [StatField.Shots, StatField.ShotLocations, StatField.CasShots, StatField.OtdShots];

    /// <summary>Gets the wire name of <paramref name="field"/>.</summary>
    public static string Name(StatField field) => Names[(int)field];

    /// <summary>Gets whether every stat line has <paramref name="field"/> (a field of <see cref="StatLine"/>).</summary>
    /// <remarks>Compares, not a call or a table: the readers ask it of every property of every line.</remarks>
    public static bool IsShared(StatField field) =>
        field <= StatField.OtdShots && field is not (StatField.PlusMinus or StatField.TeamScore);

    /// <summary>Reads the value of the shared <paramref name="field"/> (see <see cref="IsShared"/>) into <paramref name="values"/>.</summary>
    public static void Read(ref StatLineValues values, ref Utf8JsonReader reader, StatField field, in JsonPath path)
    {
        switch (field)
        {
            case StatField.ConsumerCode: values.ConsumerCode = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.TwoPointPctDisplay: values.TwoPointPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Fg: values.FieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fga: values.FieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.FgFraction: values.FieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.FgPctDisplay: values.FieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Fg2: values.TwoPointFieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fga2: values.TwoPointFieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fg2Fraction: values.TwoPointFieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Fg2PctDisplay: values.TwoPointFieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Fg3: values.ThreePointFieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fga3: values.ThreePointFieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fg3Fraction: values.ThreePointFieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Fg3PctDisplay: values.ThreePointFieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Ft: values.FreeThrowsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fta: values.FreeThrowsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.FtFraction: values.FreeThrowFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.FtPctDisplay: values.FreeThrowPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case StatField.Pts: values.Points = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Reb: values.Rebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.OffensiveReb: values.OffensiveRebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.DefensiveReb: values.DefensiveRebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Ast: values.Assists = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Stl: values.Steals = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.To: values.Turnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Lbto: values.LiveBallTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Dbto: values.DeadBallTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Dist: values.DistanceCentimeters = PropertyReader.ReadDouble(ref reader, path); break;
            case StatField.DistMiles: values.DistanceMiles = PropertyReader.ReadDouble(ref reader, path); break;
            case StatField.Blk: values.Blocks = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fl: values.Fouls = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Fldn: values.FoulsDrawn = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.Ppts: values.PointsInThePaint = PropertyReader.ReadInt32(ref reader, path); break;
            case StatField.AstToRate: values.AssistToTurnoverRate = PropertyReader.ReadDouble(ref reader, path); break;
            case StatField.Shots: values.Shots = ShotReader.ReadZones(ref reader, "shots"); break;
            case StatField.ShotLocations: values.ShotLocations = ObjectReader.ReadObject(ref reader, "shot_locations", ShotReader.ReadLocations); break;
            case StatField.CasShots: values.CatchAndShootShots = ShotReader.ReadZones(ref reader, "cas_shots"); break;
            default: values.OffTheDribbleShots = ShotReader.ReadZones(ref reader, "otd_shots"); break; // StatField.OtdShots
        }
    }
}
