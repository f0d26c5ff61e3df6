using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <c>marker</c> message: a game state marker such as the teams' jersey colours.</summary>
public sealed record MarkerData : LiveDataModel
{
    /// <summary>Gets the timestamp in milliseconds since the Unix epoch (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long? Timestamp { get; init; }

    /// <summary>Gets the game event id (<c>gameId</c>).</summary>
    [JsonPropertyName("gameId")]
    public string? GameId { get; init; }

    /// <summary>
    /// Gets the marker type (<c>status</c>), for example <c>JERSEY_COLOR</c>; it decides what <see cref="Details"/>
    /// holds. See <see cref="MarkerStatuses"/>.
    /// </summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the marker's payload (<c>data</c>), whose shape depends on <see cref="Status"/>.</summary>
    [JsonPropertyName("data")]
    public MarkerDetails? Details { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);
}
