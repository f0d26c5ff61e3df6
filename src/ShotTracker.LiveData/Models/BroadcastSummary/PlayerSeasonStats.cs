using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>A player's season totals in a <see cref="PlayerStatLine"/> (<c>season_stats</c>).</summary>
public sealed record PlayerSeasonStats : LiveDataModel
{
    /// <summary>Gets the free throws made this season (<c>FT</c>).</summary>
    [JsonPropertyName("FT")]
    public int? FreeThrowsMade { get; init; }

    /// <summary>Gets the free throws attempted this season (<c>FTA</c>).</summary>
    [JsonPropertyName("FTA")]
    public int? FreeThrowsAttempted { get; init; }

    /// <summary>Gets this season's free throws as a fraction for display (<c>FT_FRACTION</c>).</summary>
    [JsonPropertyName("FT_FRACTION")]
    public string? FreeThrowFraction { get; init; }

    /// <summary>Gets this season's free throw percentage for display (<c>FT_PCT_DISPLAY</c>).</summary>
    [JsonPropertyName("FT_PCT_DISPLAY")]
    public string? FreeThrowPercentDisplay { get; init; }
}
