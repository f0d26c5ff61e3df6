using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// The stats a <see cref="TeamStatLine"/> and a <see cref="PlayerStatLine"/> share in a
/// <see cref="BroadcastSummaryData"/>: shooting, rebounds, turnovers, distance and the shot maps.
/// </summary>
/// <remarks>Counts may arrive as <c>3</c>, <c>3.0</c> or <c>"3"</c>; the display texts are kept verbatim.</remarks>
public abstract record StatLine : LiveDataModel
{
    /// <summary>Initializes a new instance; only the stat lines of this library derive from this type.</summary>
    private protected StatLine()
    {
    }

    /// <summary>Initializes a new instance from the fields a payload reader gathered, in one place for both stat lines.</summary>
    private protected StatLine(in StatLineValues values)
    {
        ConsumerCode = values.ConsumerCode;
        TwoPointPercentDisplay = values.TwoPointPercentDisplay;
        FieldGoalsMade = values.FieldGoalsMade;
        FieldGoalsAttempted = values.FieldGoalsAttempted;
        FieldGoalFraction = values.FieldGoalFraction;
        FieldGoalPercentDisplay = values.FieldGoalPercentDisplay;
        TwoPointFieldGoalsMade = values.TwoPointFieldGoalsMade;
        TwoPointFieldGoalsAttempted = values.TwoPointFieldGoalsAttempted;
        TwoPointFieldGoalFraction = values.TwoPointFieldGoalFraction;
        TwoPointFieldGoalPercentDisplay = values.TwoPointFieldGoalPercentDisplay;
        ThreePointFieldGoalsMade = values.ThreePointFieldGoalsMade;
        ThreePointFieldGoalsAttempted = values.ThreePointFieldGoalsAttempted;
        ThreePointFieldGoalFraction = values.ThreePointFieldGoalFraction;
        ThreePointFieldGoalPercentDisplay = values.ThreePointFieldGoalPercentDisplay;
        FreeThrowsMade = values.FreeThrowsMade;
        FreeThrowsAttempted = values.FreeThrowsAttempted;
        FreeThrowFraction = values.FreeThrowFraction;
        FreeThrowPercentDisplay = values.FreeThrowPercentDisplay;
        Points = values.Points;
        Rebounds = values.Rebounds;
        OffensiveRebounds = values.OffensiveRebounds;
        DefensiveRebounds = values.DefensiveRebounds;
        Assists = values.Assists;
        Steals = values.Steals;
        Turnovers = values.Turnovers;
        LiveBallTurnovers = values.LiveBallTurnovers;
        DeadBallTurnovers = values.DeadBallTurnovers;
        DistanceCentimeters = values.DistanceCentimeters;
        DistanceMiles = values.DistanceMiles;
        Blocks = values.Blocks;
        Fouls = values.Fouls;
        FoulsDrawn = values.FoulsDrawn;
        PointsInThePaint = values.PointsInThePaint;
        AssistToTurnoverRate = values.AssistToTurnoverRate;
        Shots = values.Shots;
        ShotLocations = values.ShotLocations;
        CatchAndShootShots = values.CatchAndShootShots;
        OffTheDribbleShots = values.OffTheDribbleShots;
    }

    /// <summary>Gets the consumer-defined code, or the ShotTracker id when none is defined (<c>consumer_code</c>).</summary>
    [JsonPropertyName("consumer_code")]
    public string? ConsumerCode { get; init; }

    /// <summary>Gets the percentage of 2-point field goals, for display (<c>TWO_POINT_PCT_DISPLAY</c>). Deprecated by the service: use <see cref="TwoPointFieldGoalPercentDisplay"/>.</summary>
    [JsonPropertyName("TWO_POINT_PCT_DISPLAY")]
    public string? TwoPointPercentDisplay { get; init; }

    /// <summary>Gets the field goals made (<c>FG</c>).</summary>
    [JsonPropertyName("FG")]
    public int? FieldGoalsMade { get; init; }

    /// <summary>Gets the field goals attempted (<c>FGA</c>).</summary>
    [JsonPropertyName("FGA")]
    public int? FieldGoalsAttempted { get; init; }

    /// <summary>Gets the field goals as a fraction for display, such as <c>31/68</c> (<c>FG_FRACTION</c>).</summary>
    [JsonPropertyName("FG_FRACTION")]
    public string? FieldGoalFraction { get; init; }

    /// <summary>Gets the field goal percentage for display (<c>FG_PCT_DISPLAY</c>).</summary>
    [JsonPropertyName("FG_PCT_DISPLAY")]
    public string? FieldGoalPercentDisplay { get; init; }

    /// <summary>Gets the 2-point field goals made (<c>FG2</c>).</summary>
    [JsonPropertyName("FG2")]
    public int? TwoPointFieldGoalsMade { get; init; }

    /// <summary>Gets the 2-point field goals attempted (<c>FGA2</c>).</summary>
    [JsonPropertyName("FGA2")]
    public int? TwoPointFieldGoalsAttempted { get; init; }

    /// <summary>Gets the 2-point field goals as a fraction for display (<c>FG2_FRACTION</c>).</summary>
    [JsonPropertyName("FG2_FRACTION")]
    public string? TwoPointFieldGoalFraction { get; init; }

    /// <summary>Gets the 2-point field goal percentage for display (<c>FG2_PCT_DISPLAY</c>).</summary>
    [JsonPropertyName("FG2_PCT_DISPLAY")]
    public string? TwoPointFieldGoalPercentDisplay { get; init; }

    /// <summary>Gets the 3-point field goals made (<c>FG3</c>).</summary>
    [JsonPropertyName("FG3")]
    public int? ThreePointFieldGoalsMade { get; init; }

    /// <summary>Gets the 3-point field goals attempted (<c>FGA3</c>).</summary>
    [JsonPropertyName("FGA3")]
    public int? ThreePointFieldGoalsAttempted { get; init; }

    /// <summary>Gets the 3-point field goals as a fraction for display (<c>FG3_FRACTION</c>).</summary>
    [JsonPropertyName("FG3_FRACTION")]
    public string? ThreePointFieldGoalFraction { get; init; }

    /// <summary>Gets the 3-point field goal percentage for display (<c>FG3_PCT_DISPLAY</c>).</summary>
    [JsonPropertyName("FG3_PCT_DISPLAY")]
    public string? ThreePointFieldGoalPercentDisplay { get; init; }

    /// <summary>Gets the free throws made (<c>FT</c>).</summary>
    [JsonPropertyName("FT")]
    public int? FreeThrowsMade { get; init; }

    /// <summary>Gets the free throws attempted (<c>FTA</c>).</summary>
    [JsonPropertyName("FTA")]
    public int? FreeThrowsAttempted { get; init; }

    /// <summary>Gets the free throws as a fraction for display (<c>FT_FRACTION</c>).</summary>
    [JsonPropertyName("FT_FRACTION")]
    public string? FreeThrowFraction { get; init; }

    /// <summary>Gets the free throw percentage for display (<c>FT_PCT_DISPLAY</c>).</summary>
    [JsonPropertyName("FT_PCT_DISPLAY")]
    public string? FreeThrowPercentDisplay { get; init; }

    /// <summary>Gets the points scored (<c>PTS</c>).</summary>
    [JsonPropertyName("PTS")]
    public int? Points { get; init; }

    /// <summary>Gets the rebounds (<c>REB</c>).</summary>
    [JsonPropertyName("REB")]
    public int? Rebounds { get; init; }

    /// <summary>Gets the offensive rebounds (<c>OFFENSIVE_REB</c>).</summary>
    [JsonPropertyName("OFFENSIVE_REB")]
    public int? OffensiveRebounds { get; init; }

    /// <summary>Gets the defensive rebounds (<c>DEFENSIVE_REB</c>).</summary>
    [JsonPropertyName("DEFENSIVE_REB")]
    public int? DefensiveRebounds { get; init; }

    /// <summary>Gets the assists (<c>AST</c>).</summary>
    [JsonPropertyName("AST")]
    public int? Assists { get; init; }

    /// <summary>Gets the steals (<c>STL</c>).</summary>
    [JsonPropertyName("STL")]
    public int? Steals { get; init; }

    /// <summary>Gets the turnovers (<c>TO</c>).</summary>
    [JsonPropertyName("TO")]
    public int? Turnovers { get; init; }

    /// <summary>Gets the live ball turnovers (<c>LBTO</c>).</summary>
    [JsonPropertyName("LBTO")]
    public int? LiveBallTurnovers { get; init; }

    /// <summary>Gets the dead ball turnovers (<c>DBTO</c>).</summary>
    [JsonPropertyName("DBTO")]
    public int? DeadBallTurnovers { get; init; }

    /// <summary>Gets the distance covered in centimetres (<c>DIST</c>).</summary>
    [JsonPropertyName("DIST")]
    public double? DistanceCentimeters { get; init; }

    /// <summary>Gets the distance covered in miles (<c>DIST_MILES</c>).</summary>
    [JsonPropertyName("DIST_MILES")]
    public double? DistanceMiles { get; init; }

    /// <summary>Gets the blocks (<c>BLK</c>).</summary>
    [JsonPropertyName("BLK")]
    public int? Blocks { get; init; }

    /// <summary>Gets the fouls committed (<c>FL</c>).</summary>
    [JsonPropertyName("FL")]
    public int? Fouls { get; init; }

    /// <summary>Gets the fouls drawn (<c>FLDN</c>).</summary>
    [JsonPropertyName("FLDN")]
    public int? FoulsDrawn { get; init; }

    /// <summary>Gets the points in the paint (<c>PPTS</c>).</summary>
    [JsonPropertyName("PPTS")]
    public int? PointsInThePaint { get; init; }

    /// <summary>Gets the assist-to-turnover rate (<c>AST_TO_RATE</c>).</summary>
    [JsonPropertyName("AST_TO_RATE")]
    public double? AssistToTurnoverRate { get; init; }

    /// <summary>Gets the shots per zone of ShotTracker's 14-zone map (<c>shots</c>).</summary>
    [JsonPropertyName("shots")]
    public IReadOnlyList<ShotZoneStats>? Shots { get; init; }

    /// <summary>Gets where shots were made and missed (<c>shot_locations</c>).</summary>
    [JsonPropertyName("shot_locations")]
    public ShotLocations? ShotLocations { get; init; }

    /// <summary>Gets the catch-and-shoot shots per zone of the 14-zone map (<c>cas_shots</c>).</summary>
    [JsonPropertyName("cas_shots")]
    public IReadOnlyList<ShotZoneStats>? CatchAndShootShots { get; init; }

    /// <summary>Gets the off-the-dribble shots per zone of the 14-zone map (<c>otd_shots</c>).</summary>
    [JsonPropertyName("otd_shots")]
    public IReadOnlyList<ShotZoneStats>? OffTheDribbleShots { get; init; }
}
