using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// A player's stat line in a <see cref="BroadcastSummaryData"/> (an element of <c>home.players</c> or
/// <c>away.players</c>), or the team row when <see cref="PlayerId"/> is 0.
/// </summary>
/// <remarks>
/// The team row has <see cref="PlayerId"/> 0, <see cref="JerseyNumber"/> -1, <see cref="SensorId"/> 0 and no
/// names or position.
/// </remarks>
public sealed record PlayerStatLine : StatLine
{
    /// <summary>Initializes a new instance with no field set.</summary>
    public PlayerStatLine()
    {
    }

    /// <summary>Initializes a new instance with the shared fields a payload reader gathered.</summary>
    internal PlayerStatLine(in StatLineValues values)
        : base(values)
    {
    }

    /// <summary>Gets ShotTracker's player id (<c>player_id</c>); 0 for the team row.</summary>
    [JsonPropertyName("player_id")]
    public long? PlayerId { get; init; }

    /// <summary>
    /// Gets <see cref="PlayerId"/> as a <see cref="Models.PlayerId"/>, equal to the same player's id from every other
    /// source (a number in some, a string in others); <see langword="null"/> when absent and for the team row.
    /// </summary>
    [JsonIgnore]
    public PlayerId? PlayerKey => IsTeamRow ? null : Models.PlayerId.From(PlayerId);

    /// <summary>Gets whether this is the team row (<c>player_id</c> 0) rather than a player.</summary>
    [JsonIgnore]
    public bool IsTeamRow => PlayerId == 0;

    /// <summary>Gets the jersey number (<c>jersey_number</c>); -1 for the team row.</summary>
    [JsonPropertyName("jersey_number")]
    public int? JerseyNumber { get; init; }

    /// <summary>Gets the first name (<c>first_name</c>); <see langword="null"/> for the team row.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; init; }

    /// <summary>Gets the last name (<c>last_name</c>); <see langword="null"/> for the team row.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; init; }

    /// <summary>
    /// Gets the position abbreviation (<c>position_abbr</c>): <c>C</c>, <c>G</c> or <c>F</c>;
    /// <see langword="null"/> for the team row.
    /// </summary>
    [JsonPropertyName("position_abbr")]
    public string? PositionAbbreviation { get; init; }

    /// <summary>Gets the id of the sensor assigned to the player (<c>sensor</c>); 0 for the team row.</summary>
    [JsonPropertyName("sensor")]
    public long? SensorId { get; init; }

    /// <summary>Gets whether the player is on the court now (<c>on_the_floor</c>).</summary>
    [JsonPropertyName("on_the_floor")]
    public bool? OnTheFloor { get; init; }

    /// <summary>Gets the plus/minus (<c>PLUS_MINUS</c>).</summary>
    [JsonPropertyName("PLUS_MINUS")]
    public int? PlusMinus { get; init; }

    /// <summary>
    /// Gets the player's free throws over the season (<c>season_stats</c>); sent only under <c>game_stats</c>
    /// and only when the subscription includes player season stats.
    /// </summary>
    [JsonPropertyName("season_stats")]
    public PlayerSeasonStats? SeasonStats { get; init; }
}
