using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// A map of box score keys to values (<c>stats</c> and <c>totalStats</c> of a <see cref="BoxScoreStatsData"/>).
/// </summary>
/// <remarks>
/// The documented map is open: the usual keys have typed properties and every other key is kept, with its value,
/// in <see cref="LiveDataModel.AdditionalProperties"/>. A key the event does not carry is <see langword="null"/>.
/// </remarks>
public sealed record BoxScoreStatValues : LiveDataModel
{
    /// <summary>Gets the made field goals (<c>FG</c>).</summary>
    [JsonPropertyName("FG")]
    public int? FieldGoalsMade { get; init; }

    /// <summary>Gets the attempted field goals (<c>FGA</c>).</summary>
    [JsonPropertyName("FGA")]
    public int? FieldGoalsAttempted { get; init; }

    /// <summary>Gets the made two-point field goals (<c>FG2</c>).</summary>
    [JsonPropertyName("FG2")]
    public int? TwoPointersMade { get; init; }

    /// <summary>Gets the attempted two-point field goals (<c>FGA2</c>).</summary>
    [JsonPropertyName("FGA2")]
    public int? TwoPointersAttempted { get; init; }

    /// <summary>Gets the made three-point field goals (<c>FG3</c>).</summary>
    [JsonPropertyName("FG3")]
    public int? ThreePointersMade { get; init; }

    /// <summary>Gets the attempted three-point field goals (<c>FGA3</c>).</summary>
    [JsonPropertyName("FGA3")]
    public int? ThreePointersAttempted { get; init; }

    /// <summary>Gets the made free throws (<c>FT</c>).</summary>
    [JsonPropertyName("FT")]
    public int? FreeThrowsMade { get; init; }

    /// <summary>Gets the attempted free throws (<c>FTA</c>).</summary>
    [JsonPropertyName("FTA")]
    public int? FreeThrowsAttempted { get; init; }

    /// <summary>Gets the points (<c>PTS</c>).</summary>
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

    /// <summary>Gets the blocks (<c>BLK</c>).</summary>
    [JsonPropertyName("BLK")]
    public int? Blocks { get; init; }

    /// <summary>Gets the fouls committed (<c>FL</c>).</summary>
    [JsonPropertyName("FL")]
    public int? Fouls { get; init; }

    /// <summary>Gets the fouls drawn (<c>FLDN</c>).</summary>
    [JsonPropertyName("FLDN")]
    public int? FoulsDrawn { get; init; }

    /// <summary>Gets the plus/minus (<c>PLUS_MINUS</c>).</summary>
    [JsonPropertyName("PLUS_MINUS")]
    public int? PlusMinus { get; init; }

    /// <summary>Gets the team's score (<c>TEAM_SCORE</c>).</summary>
    [JsonPropertyName("TEAM_SCORE")]
    public int? TeamScore { get; init; }
}
