using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>Where a team's or player's shots were made and missed, in a <see cref="StatLine"/> (<c>shot_locations</c>).</summary>
public sealed record ShotLocations : LiveDataModel
{
    /// <summary>Gets the made shots (<c>make</c>).</summary>
    [JsonPropertyName("make")]
    public IReadOnlyList<ShotLocation>? Made { get; init; }

    /// <summary>Gets the missed shots (<c>miss</c>).</summary>
    [JsonPropertyName("miss")]
    public IReadOnlyList<ShotLocation>? Missed { get; init; }
}
