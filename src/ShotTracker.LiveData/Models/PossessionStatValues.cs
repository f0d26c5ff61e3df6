using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>The stats of one possession (<c>stats</c> of a <see cref="Possession"/>).</summary>
/// <remarks>
/// The documentation names these fields followed by "etc." and gives no types: every other field is kept in
/// <see cref="LiveDataModel.AdditionalProperties"/>, and <see cref="Turnover"/>, which may plausibly be a flag or a
/// count, is kept as raw JSON with <see cref="IsTurnover"/> to read it either way.
/// </remarks>
public sealed record PossessionStatValues : LiveDataModel
{
    /// <summary>Gets whether the possession ended in a turnover (<c>turnover</c>), as the raw JSON value sent.</summary>
    [JsonPropertyName("turnover")]
    public JsonElement? Turnover { get; init; }

    /// <summary>
    /// Gets <see cref="Turnover"/> read as a flag: <see langword="true"/> for <c>true</c> or a non-zero count,
    /// <see langword="false"/> for <c>false</c> or <c>0</c>, <see langword="null"/> when absent or of another kind.
    /// </summary>
    [JsonIgnore]
    public bool? IsTurnover => Turnover?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Turnover.Value.GetDouble() != 0,
        _ => null,
    };

    /// <summary>Gets the type of shot the possession ended with (<c>shotType</c>), as sent.</summary>
    [JsonPropertyName("shotType")]
    public string? ShotType { get; init; }

    /// <summary>Gets the points scored in the possession (<c>points</c>).</summary>
    [JsonPropertyName("points")]
    public int? Points { get; init; }

    /// <summary>Gets the number of ball reversals in the possession (<c>ballReversals</c>).</summary>
    [JsonPropertyName("ballReversals")]
    public int? BallReversals { get; init; }
}
