using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Internal.Protocol.Converters;

namespace ShotTracker.LiveData.Internal.Protocol.Readers;

/// <summary>
/// The fields a <see cref="TeamStatLine"/> and a <see cref="PlayerStatLine"/> share (those of <see cref="StatLine"/>),
/// gathered while their object is read and handed to the line's constructor, which sets them (init-only properties
/// of a record can be set only there or in an object initializer, and one initializer per line would list them twice).
/// </summary>
internal struct StatLineValues
{
    /// <summary>The JSON names of the shared fields; a name's index is its slot in <see cref="Read"/>.</summary>
    private static readonly string[] Names = FieldNames.Of(
        (Slot.ConsumerCode, "consumer_code"), (Slot.TwoPointPctDisplay, "TWO_POINT_PCT_DISPLAY"), (Slot.Fg, "FG"),
        (Slot.Fga, "FGA"), (Slot.FgFraction, "FG_FRACTION"), (Slot.FgPctDisplay, "FG_PCT_DISPLAY"), (Slot.Fg2, "FG2"),
        (Slot.Fga2, "FGA2"), (Slot.Fg2Fraction, "FG2_FRACTION"), (Slot.Fg2PctDisplay, "FG2_PCT_DISPLAY"),
        (Slot.Fg3, "FG3"), (Slot.Fga3, "FGA3"), (Slot.Fg3Fraction, "FG3_FRACTION"),
        (Slot.Fg3PctDisplay, "FG3_PCT_DISPLAY"), (Slot.Ft, "FT"), (Slot.Fta, "FTA"), (Slot.FtFraction, "FT_FRACTION"),
        (Slot.FtPctDisplay, "FT_PCT_DISPLAY"), (Slot.Pts, "PTS"), (Slot.Reb, "REB"),
        (Slot.OffensiveReb, "OFFENSIVE_REB"), (Slot.DefensiveReb, "DEFENSIVE_REB"), (Slot.Ast, "AST"),
        (Slot.Stl, "STL"), (Slot.To, "TO"), (Slot.Lbto, "LBTO"), (Slot.Dbto, "DBTO"), (Slot.Dist, "DIST"),
        (Slot.DistMiles, "DIST_MILES"), (Slot.Blk, "BLK"), (Slot.Fl, "FL"), (Slot.Fldn, "FLDN"), (Slot.Ppts, "PPTS"),
        (Slot.AstToRate, "AST_TO_RATE"), (Slot.Shots, "shots"), (Slot.ShotLocations, "shot_locations"),
        (Slot.CasShots, "cas_shots"), (Slot.OtdShots, "otd_shots"));

    public string? ConsumerCode;
    public string? TwoPointPercentDisplay;
    public int? FieldGoalsMade;
    public int? FieldGoalsAttempted;
    public string? FieldGoalFraction;
    public string? FieldGoalPercentDisplay;
    public int? TwoPointFieldGoalsMade;
    public int? TwoPointFieldGoalsAttempted;
    public string? TwoPointFieldGoalFraction;
    public string? TwoPointFieldGoalPercentDisplay;
    public int? ThreePointFieldGoalsMade;
    public int? ThreePointFieldGoalsAttempted;
    public string? ThreePointFieldGoalFraction;
    public string? ThreePointFieldGoalPercentDisplay;
    public int? FreeThrowsMade;
    public int? FreeThrowsAttempted;
    public string? FreeThrowFraction;
    public string? FreeThrowPercentDisplay;
    public int? Points;
    public int? Rebounds;
    public int? OffensiveRebounds;
    public int? DefensiveRebounds;
    public int? Assists;
    public int? Steals;
    public int? Turnovers;
    public int? LiveBallTurnovers;
    public int? DeadBallTurnovers;
    public double? DistanceCentimeters;
    public double? DistanceMiles;
    public int? Blocks;
    public int? Fouls;
    public int? FoulsDrawn;
    public int? PointsInThePaint;
    public double? AssistToTurnoverRate;
    public ShotZoneStats[]? Shots;
    public ShotLocations? ShotLocations;
    public ShotZoneStats[]? CatchAndShootShots;
    public ShotZoneStats[]? OffTheDribbleShots;

    /// <summary>
    /// Maps each name of a line's table to its shared slot, or -1 for a field of the line's own; built once per
    /// table, so a line reader's table can keep the order the service sends its fields in.
    /// </summary>
    public static int[] Slots(IEnumerable<string> tableNames) => tableNames.Select(n => Array.IndexOf(Names, n)).ToArray();

    /// <summary>Reads the value of the shared field in <paramref name="slot"/>.</summary>
    public void Read(ref Utf8JsonReader reader, int slot, in JsonPath path)
    {
        switch (slot)
        {
            case (int)Slot.ConsumerCode: ConsumerCode = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.TwoPointPctDisplay: TwoPointPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Fg: FieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fga: FieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.FgFraction: FieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.FgPctDisplay: FieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Fg2: TwoPointFieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fga2: TwoPointFieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fg2Fraction: TwoPointFieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Fg2PctDisplay: TwoPointFieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Fg3: ThreePointFieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fga3: ThreePointFieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fg3Fraction: ThreePointFieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Fg3PctDisplay: ThreePointFieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Ft: FreeThrowsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fta: FreeThrowsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.FtFraction: FreeThrowFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.FtPctDisplay: FreeThrowPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case (int)Slot.Pts: Points = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Reb: Rebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.OffensiveReb: OffensiveRebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.DefensiveReb: DefensiveRebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Ast: Assists = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Stl: Steals = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.To: Turnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Lbto: LiveBallTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Dbto: DeadBallTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Dist: DistanceCentimeters = PropertyReader.ReadDouble(ref reader, path); break;
            case (int)Slot.DistMiles: DistanceMiles = PropertyReader.ReadDouble(ref reader, path); break;
            case (int)Slot.Blk: Blocks = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fl: Fouls = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Fldn: FoulsDrawn = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.Ppts: PointsInThePaint = PropertyReader.ReadInt32(ref reader, path); break;
            case (int)Slot.AstToRate: AssistToTurnoverRate = PropertyReader.ReadDouble(ref reader, path); break;
            case (int)Slot.Shots: Shots = ShotReader.ReadZones(ref reader, "shots"); break;
            case (int)Slot.ShotLocations: ShotLocations = ObjectReader.ReadObject(ref reader, "shot_locations", ShotReader.ReadLocations); break;
            case (int)Slot.CasShots: CatchAndShootShots = ShotReader.ReadZones(ref reader, "cas_shots"); break;
            default: OffTheDribbleShots = ShotReader.ReadZones(ref reader, "otd_shots"); break; // Slot.OtdShots
        }
    }

    private enum Slot
    {
        ConsumerCode,
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
        Shots,
        ShotLocations,
        CasShots,
        OtdShots,
    }
}
