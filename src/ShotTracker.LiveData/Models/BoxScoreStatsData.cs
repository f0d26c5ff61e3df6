using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// The payload of a <c>boxscorestatsv2</c> message: one play-by-play box score event for a player or team, with
/// the stat values it changed and the totals after it.
/// </summary>
/// <remarks>Ids are strings in this source. Coordinates are in millimetres.</remarks>
public sealed record BoxScoreStatsData : LiveDataModel
{
    /// <summary>
    /// Gets the stat classification (<c>classification</c>), for example <c>THREE_POINT_MAKE</c>; see
    /// <see cref="BoxScoreClassifications"/>.
    /// </summary>
    [JsonPropertyName("classification")]
    public string? Classification { get; init; }

    /// <summary>Gets the actor type (<c>act</c>), for example <c>PLAYER</c>; see <see cref="ActorTypes"/>.</summary>
    [JsonPropertyName("act")]
    public string? ActorType { get; init; }

    /// <summary>Gets the event id (<c>eid</c>).</summary>
    [JsonPropertyName("eid")]
    public string? EventId { get; init; }

    /// <summary>Gets the team id (<c>tid</c>, a string).</summary>
    [JsonPropertyName("tid")]
    public string? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the session type (<c>st</c>), for example <c>GAME_ROUND</c>; see <see cref="SessionTypes"/>.</summary>
    [JsonPropertyName("st")]
    public string? SessionType { get; init; }

    /// <summary>Gets the session id (<c>sid</c>).</summary>
    [JsonPropertyName("sid")]
    public string? SessionId { get; init; }

    /// <summary>Gets the timestamp in milliseconds since the Unix epoch (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long? Timestamp { get; init; }

    /// <summary>Gets the game id (<c>gid</c>).</summary>
    [JsonPropertyName("gid")]
    public string? GameId { get; init; }

    /// <summary>Gets the current stat values for this player (<c>stats</c>).</summary>
    [JsonPropertyName("stats")]
    public BoxScoreStatValues? Stats { get; init; }

    /// <summary>Gets the cumulative stats after this event (<c>totalStats</c>).</summary>
    [JsonPropertyName("totalStats")]
    public BoxScoreStatValues? TotalStats { get; init; }

    /// <summary>Gets the version (<c>v</c>).</summary>
    [JsonPropertyName("v")]
    public long? Version { get; init; }

    /// <summary>Gets the player id (<c>pid</c>, a string).</summary>
    [JsonPropertyName("pid")]
    public string? PlayerId { get; init; }

    /// <summary>
    /// Gets <see cref="PlayerId"/> as a <see cref="Models.PlayerId"/>, equal to the same player's id from every other
    /// source (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public PlayerId? PlayerKey => Models.PlayerId.From(PlayerId);

    /// <summary>Gets the period (<c>prd</c>), for example <c>Q1</c>; see <see cref="Periods"/>.</summary>
    [JsonPropertyName("prd")]
    public string? Period { get; init; }

    /// <summary>Gets the player's x coordinate in millimetres (<c>px</c>).</summary>
    [JsonPropertyName("px")]
    public double? PlayerX { get; init; }

    /// <summary>Gets the player's y coordinate in millimetres (<c>py</c>).</summary>
    [JsonPropertyName("py")]
    public double? PlayerY { get; init; }

    /// <summary>Gets the hoop's x coordinate (<c>hex</c>).</summary>
    [JsonPropertyName("hex")]
    public double? HoopX { get; init; }

    /// <summary>Gets the hoop's y coordinate (<c>hey</c>).</summary>
    [JsonPropertyName("hey")]
    public double? HoopY { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);

    /// <summary>Gets <see cref="Period"/> as an ordered <see cref="Models.GamePeriod"/>; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public GamePeriod? GamePeriod => Models.GamePeriod.FromCode(Period);
}
