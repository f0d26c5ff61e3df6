using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>One of a team's top two lineups in a <see cref="TeamStatLine"/> (an element of <c>lineup_stats</c>).</summary>
public sealed record TopLineup : LiveDataModel
{
    /// <summary>Gets the ids of the five players in the lineup (<c>player_ids</c>).</summary>
    [JsonPropertyName("player_ids")]
    public IReadOnlyList<long>? PlayerIds { get; init; }

    /// <summary>Gets the lineup's plus/minus (<c>PLUS_MINUS</c>).</summary>
    [JsonPropertyName("PLUS_MINUS")]
    public int? PlusMinus { get; init; }

    /// <summary>Gets the points the team scored with this lineup on the court (<c>TOTAL_POINTS_SCORED</c>).</summary>
    [JsonPropertyName("TOTAL_POINTS_SCORED")]
    public int? TotalPointsScored { get; init; }

    /// <summary>Gets the points the team allowed with this lineup on the court (<c>TOTAL_POINTS_ALLOWED</c>).</summary>
    [JsonPropertyName("TOTAL_POINTS_ALLOWED")]
    public int? TotalPointsAllowed { get; init; }
}
