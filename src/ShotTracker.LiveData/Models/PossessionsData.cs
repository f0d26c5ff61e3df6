using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <c>possessions</c> message: a team's current possession, sent again on every stat.</summary>
public sealed record PossessionsData : LiveDataModel
{
    /// <summary>Gets the state of the possession record (<c>state</c>), for example <c>SAVED</c>; see <see cref="PossessionStates"/>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>Gets the current possession (<c>possession</c>).</summary>
    [JsonPropertyName("possession")]
    public Possession? Possession { get; init; }
}
