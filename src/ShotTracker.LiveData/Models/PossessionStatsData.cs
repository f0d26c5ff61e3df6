using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// The payload of a <c>possessionstats</c> message: one team's advanced stat totals, one entry per group of
/// possessions.
/// </summary>
public sealed record PossessionStatsData : LiveDataModel
{
    /// <summary>Gets the timestamp in milliseconds since the Unix epoch (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long? Timestamp { get; init; }

    /// <summary>Gets what the totals cover (<c>scope</c>), for example <c>SESSION</c>; see <see cref="StatScopes"/>.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>Gets the game id (<c>gid</c>).</summary>
    [JsonPropertyName("gid")]
    public string? GameId { get; init; }

    /// <summary>Gets the session id (<c>sid</c>).</summary>
    [JsonPropertyName("sid")]
    public string? SessionId { get; init; }

    /// <summary>Gets the session type (<c>st</c>), for example <c>GAME_ROUND</c>; see <see cref="SessionTypes"/>.</summary>
    [JsonPropertyName("st")]
    public string? SessionType { get; init; }

    /// <summary>Gets the team id (<c>tid</c>, a string).</summary>
    [JsonPropertyName("tid")]
    public string? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the totals, one entry per group of possessions (<c>summary</c>).</summary>
    [JsonPropertyName("summary")]
    public IReadOnlyList<PossessionGroupStats>? Summary { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? Time => ModelValues.FromUnixMilliseconds(Timestamp);
}
