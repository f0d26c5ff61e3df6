using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// The stats of one span of a game in a <see cref="BroadcastSummaryData"/>: the whole game, a half, a quarter or
/// an overtime (<c>game_stats</c>, <c>half_1_stats</c>, … <c>ot_1_stats</c>).
/// </summary>
public sealed record PeriodStats : LiveDataModel
{
    /// <summary>Gets ShotTracker's internal tracking id of this stats object (<c>reference</c>).</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the home team's team and player stats (<c>home</c>).</summary>
    [JsonPropertyName("home")]
    public TeamPeriodStats? Home { get; init; }

    /// <summary>Gets the away team's team and player stats (<c>away</c>).</summary>
    [JsonPropertyName("away")]
    public TeamPeriodStats? Away { get; init; }
}
