using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>One event in a possession (an entry of <see cref="Possession.Events"/>, <c>possessions</c>).</summary>
/// <remarks>
/// The documentation names these fields followed by "etc.": every other field is kept in
/// <see cref="LiveDataModel.AdditionalProperties"/>.
/// </remarks>
public sealed record PossessionEvent : LiveDataModel
{
    /// <summary>Gets the kind of event (<c>possessionType</c>), as sent.</summary>
    [JsonPropertyName("possessionType")]
    public string? PossessionType { get; init; }

    /// <summary>Gets the id of the player involved (<c>playerId</c>).</summary>
    [JsonPropertyName("playerId")]
    public string? PlayerId { get; init; }

    /// <summary>
    /// Gets <see cref="PlayerId"/> as a <see cref="Models.PlayerId"/>, equal to the same player's id from every other
    /// source (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public PlayerId? PlayerKey => Models.PlayerId.From(PlayerId);

    /// <summary>Gets the timestamp in milliseconds since the Unix epoch (<c>timestamp</c>).</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);
}
