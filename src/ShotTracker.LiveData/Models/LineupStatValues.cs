using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>The stat totals of a lineup (<c>stats</c> of a <see cref="LineupStatsData"/>).</summary>
/// <remarks>
/// The documentation lists these keys followed by "etc.": every other key is kept, with its value, in
/// <see cref="LiveDataModel.AdditionalProperties"/>.
/// </remarks>
public sealed record LineupStatValues : LiveDataModel
{
    /// <summary>Gets the field goal rate (<c>FG_RATE</c>).</summary>
    [JsonPropertyName("FG_RATE")]
    public double? FieldGoalRate { get; init; }

    /// <summary>Gets the rebound rate (<c>REB_RATE</c>).</summary>
    [JsonPropertyName("REB_RATE")]
    public double? ReboundRate { get; init; }

    /// <summary>Gets the points the lineup scored (<c>TOTAL_POINTS_SCORED</c>).</summary>
    [JsonPropertyName("TOTAL_POINTS_SCORED")]
    public int? TotalPointsScored { get; init; }

    /// <summary>Gets the lineup's turnovers (<c>TOTAL_TURNOVERS</c>).</summary>
    [JsonPropertyName("TOTAL_TURNOVERS")]
    public int? TotalTurnovers { get; init; }

    /// <summary>Gets the points per possession (<c>PPP</c>).</summary>
    [JsonPropertyName("PPP")]
    public double? PointsPerPossession { get; init; }

    /// <summary>Gets the opponent's points per possession (<c>OPPP</c>).</summary>
    [JsonPropertyName("OPPP")]
    public double? OpponentPointsPerPossession { get; init; }

    /// <summary>Gets the plus/minus (<c>PLUS_MINUS</c>).</summary>
    [JsonPropertyName("PLUS_MINUS")]
    public int? PlusMinus { get; init; }
}
