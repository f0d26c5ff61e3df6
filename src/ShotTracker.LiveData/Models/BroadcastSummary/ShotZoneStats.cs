using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// One zone of ShotTracker's 14-zone shot map in a <see cref="StatLine"/> (an element of <c>shots</c>,
/// <c>cas_shots</c> or <c>otd_shots</c>): the texts to show and the colour to paint the zone.
/// </summary>
public sealed record ShotZoneStats : LiveDataModel
{
    /// <summary>Gets the zone's shots for display, such as <c>3/7</c> (<c>DISPLAY</c>).</summary>
    [JsonPropertyName("DISPLAY")]
    public string? Display { get; init; }

    /// <summary>Gets the zone's shooting percentage for display (<c>PCT_DISPLAY</c>).</summary>
    [JsonPropertyName("PCT_DISPLAY")]
    public string? PercentDisplay { get; init; }

    /// <summary>Gets the red component, 0 to 255, of the zone's colour (<c>R</c>).</summary>
    [JsonPropertyName("R")]
    public int? Red { get; init; }

    /// <summary>Gets the green component, 0 to 255, of the zone's colour (<c>G</c>).</summary>
    [JsonPropertyName("G")]
    public int? Green { get; init; }

    /// <summary>Gets the blue component, 0 to 255, of the zone's colour (<c>B</c>).</summary>
    [JsonPropertyName("B")]
    public int? Blue { get; init; }
}
