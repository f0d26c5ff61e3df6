using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>The totals of one group of possessions (an entry of <see cref="PossessionStatsData.Summary"/>).</summary>
/// <remarks>Counts are integers; percentages and rates are numbers as sent (the documentation gives no scale).</remarks>
public sealed record PossessionGroupStats : LiveDataModel
{
    /// <summary>Gets the group (<c>type</c>), for example <c>OVERALL</c> or <c>PT0_BR0</c>.</summary>
    [JsonPropertyName("type")]
    public string? GroupType { get; init; }

    /// <summary>Gets the number of possessions (<c>POSS</c>).</summary>
    [JsonPropertyName("POSS")]
    public int? Possessions { get; init; }

    /// <summary>Gets the share of all possessions in this group (<c>POSS_PCT</c>).</summary>
    [JsonPropertyName("POSS_PCT")]
    public double? PossessionPercentage { get; init; }

    /// <summary>Gets the points (<c>PTS</c>).</summary>
    [JsonPropertyName("PTS")]
    public int? Points { get; init; }

    /// <summary>Gets the points per possession (<c>PPP</c>).</summary>
    [JsonPropertyName("PPP")]
    public double? PointsPerPossession { get; init; }

    /// <summary>Gets the made two-pointers (<c>2PTM</c>).</summary>
    [JsonPropertyName("2PTM")]
    public int? TwoPointersMade { get; init; }

    /// <summary>Gets the attempted two-pointers (<c>2PTA</c>).</summary>
    [JsonPropertyName("2PTA")]
    public int? TwoPointersAttempted { get; init; }

    /// <summary>Gets the two-point percentage (<c>2PT_PCT</c>).</summary>
    [JsonPropertyName("2PT_PCT")]
    public double? TwoPointPercentage { get; init; }

    /// <summary>Gets the made three-pointers (<c>3PTM</c>).</summary>
    [JsonPropertyName("3PTM")]
    public int? ThreePointersMade { get; init; }

    /// <summary>Gets the attempted three-pointers (<c>3PTA</c>).</summary>
    [JsonPropertyName("3PTA")]
    public int? ThreePointersAttempted { get; init; }

    /// <summary>Gets the three-point percentage (<c>3PT_PCT</c>).</summary>
    [JsonPropertyName("3PT_PCT")]
    public double? ThreePointPercentage { get; init; }

    /// <summary>Gets the turnovers (<c>TO</c>).</summary>
    [JsonPropertyName("TO")]
    public int? Turnovers { get; init; }

    /// <summary>Gets the share of possessions that ended in a turnover (<c>TO_PCT</c>).</summary>
    [JsonPropertyName("TO_PCT")]
    public double? TurnoverPercentage { get; init; }

    /// <summary>Gets the effective field goal percentage (<c>EFG</c>).</summary>
    [JsonPropertyName("EFG")]
    public double? EffectiveFieldGoalPercentage { get; init; }
}
