using System.Text.Json;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Protocol.Converters;

namespace ShotTracker.LiveData.Protocol.Readers;

/// <summary>
/// The fields a <see cref="TeamStatLine"/> and a <see cref="PlayerStatLine"/> share (those of <see cref="StatLine"/>),
/// gathered while their object is read and handed to the line's constructor, which sets them (init-only properties
/// of a record can be set only there or in an object initializer, and one initializer per line would list them twice).
/// </summary>
internal struct StatLineValues
{
    /// <summary>The JSON names of the shared fields; a name's index is its slot in <see cref="Read"/>.</summary>
    private static readonly string[] Names =
    [
        "consumer_code", "TWO_POINT_PCT_DISPLAY", "FG", "FGA", "FG_FRACTION", "FG_PCT_DISPLAY", "FG2", "FGA2", "FG2_FRACTION",
        "FG2_PCT_DISPLAY", "FG3", "FGA3", "FG3_FRACTION", "FG3_PCT_DISPLAY", "FT", "FTA", "FT_FRACTION", "FT_PCT_DISPLAY", "PTS",
        "REB", "OFFENSIVE_REB", "DEFENSIVE_REB", "AST", "STL", "TO", "LBTO", "DBTO", "DIST", "DIST_MILES", "BLK", "FL", "FLDN",
        "PPTS", "AST_TO_RATE", "shots", "shot_locations", "cas_shots", "otd_shots",
    ];

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
            case 0: ConsumerCode = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 1: TwoPointPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 2: FieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case 3: FieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case 4: FieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 5: FieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 6: TwoPointFieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case 7: TwoPointFieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case 8: TwoPointFieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 9: TwoPointFieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 10: ThreePointFieldGoalsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case 11: ThreePointFieldGoalsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case 12: ThreePointFieldGoalFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 13: ThreePointFieldGoalPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 14: FreeThrowsMade = PropertyReader.ReadInt32(ref reader, path); break;
            case 15: FreeThrowsAttempted = PropertyReader.ReadInt32(ref reader, path); break;
            case 16: FreeThrowFraction = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 17: FreeThrowPercentDisplay = PropertyReader.ReadRepeatedString(ref reader, path); break;
            case 18: Points = PropertyReader.ReadInt32(ref reader, path); break;
            case 19: Rebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case 20: OffensiveRebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case 21: DefensiveRebounds = PropertyReader.ReadInt32(ref reader, path); break;
            case 22: Assists = PropertyReader.ReadInt32(ref reader, path); break;
            case 23: Steals = PropertyReader.ReadInt32(ref reader, path); break;
            case 24: Turnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case 25: LiveBallTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case 26: DeadBallTurnovers = PropertyReader.ReadInt32(ref reader, path); break;
            case 27: DistanceCentimeters = PropertyReader.ReadDouble(ref reader, path); break;
            case 28: DistanceMiles = PropertyReader.ReadDouble(ref reader, path); break;
            case 29: Blocks = PropertyReader.ReadInt32(ref reader, path); break;
            case 30: Fouls = PropertyReader.ReadInt32(ref reader, path); break;
            case 31: FoulsDrawn = PropertyReader.ReadInt32(ref reader, path); break;
            case 32: PointsInThePaint = PropertyReader.ReadInt32(ref reader, path); break;
            case 33: AssistToTurnoverRate = PropertyReader.ReadDouble(ref reader, path); break;
            case 34: Shots = ShotReader.ReadZones(ref reader, "shots"); break;
            case 35: ShotLocations = ObjectReader.ReadObject(ref reader, "shot_locations", ShotReader.ReadLocations); break;
            case 36: CatchAndShootShots = ShotReader.ReadZones(ref reader, "cas_shots"); break;
            default: OffTheDribbleShots = ShotReader.ReadZones(ref reader, "otd_shots"); break;
        }
    }
}
