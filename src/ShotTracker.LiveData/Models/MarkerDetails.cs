using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Json;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <see cref="MarkerData"/> (<c>data</c>), whose shape depends on its status.</summary>
/// <remarks>
/// The typed properties are the documented fields of a <see cref="MarkerStatuses.JerseyColor"/> marker. Every
/// field of other statuses (and any new jersey colour field) is kept in <see cref="LiveDataModel.AdditionalProperties"/>.
/// The documentation gives no types for these fields, so the ids are read from a JSON string or number (a number
/// becomes its decimal text and is written back as a string): a marker must never make the stream unreadable.
/// </remarks>
public sealed record MarkerDetails : LiveDataModel
{
    /// <summary>Gets the facility id (<c>facilityId</c>).</summary>
    [JsonPropertyName("facilityId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? FacilityId { get; init; }

    /// <summary>Gets the court id (<c>courtId</c>).</summary>
    [JsonPropertyName("courtId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? CourtId { get; init; }

    /// <summary>Gets the first team's id (<c>team1Id</c>).</summary>
    [JsonPropertyName("team1Id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Team1Id { get; init; }

    /// <summary>Gets the first team's jersey colour as hex (<c>team1JerseyColor</c>), as sent.</summary>
    [JsonPropertyName("team1JerseyColor")]
    public string? Team1JerseyColor { get; init; }

    /// <summary>Gets the second team's id (<c>team2Id</c>).</summary>
    [JsonPropertyName("team2Id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Team2Id { get; init; }

    /// <summary>Gets the second team's jersey colour as hex (<c>team2JerseyColor</c>), as sent.</summary>
    [JsonPropertyName("team2JerseyColor")]
    public string? Team2JerseyColor { get; init; }

    /// <summary>
    /// Gets the team id of a <see cref="MarkerStatuses.Lineup"/> marker (<c>teamId</c>, a string or a number), read
    /// from <see cref="LiveDataModel.AdditionalProperties"/>; <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public string? LineupTeamId =>
        AdditionalProperties is { } extra && extra.TryGetValue("teamId", out var value) ? MarkerValues.IdText(value) : null;

    /// <summary>
    /// Gets the player ids of a <see cref="MarkerStatuses.Lineup"/> marker (<c>players</c>, strings or numbers), read
    /// from <see cref="LiveDataModel.AdditionalProperties"/>; <see langword="null"/> when absent or not an array.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string>? LineupPlayers =>
        AdditionalProperties is { } extra && extra.TryGetValue("players", out var value) ? MarkerValues.IdList(value) : null;
}
