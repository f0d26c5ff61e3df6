using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>The simplified view of a possession (<c>responseView</c> of a <see cref="Possession"/>).</summary>
/// <remarks>
/// The documentation names the entries of <see cref="Possessions"/> and <see cref="Events"/> but not their shape,
/// so they are kept as raw JSON, exactly as sent: whatever the service puts there reads and writes back unchanged.
/// </remarks>
public sealed record PossessionResponseView : LiveDataModel
{
    /// <summary>Gets the possessions of the view (<c>possessions</c>), as raw JSON values.</summary>
    [JsonPropertyName("possessions")]
    public IReadOnlyList<JsonElement>? Possessions { get; init; }

    /// <summary>Gets the period (<c>period</c>), for example <c>Q1</c>; see <see cref="Periods"/>.</summary>
    [JsonPropertyName("period")]
    public string? Period { get; init; }

    /// <summary>Gets the events of the view (<c>events</c>), as raw JSON values.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<JsonElement>? Events { get; init; }
}
