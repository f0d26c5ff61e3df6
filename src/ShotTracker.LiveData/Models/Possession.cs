using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>One team's possession (<c>possession</c> of a <see cref="PossessionsData"/>).</summary>
/// <remarks>Ids are strings in this source.</remarks>
public sealed record Possession : LiveDataModel
{
    /// <summary>Gets who supervised the possession (<c>supervision</c>), for example <c>SYSTEM</c>; see <see cref="SupervisionModes"/>.</summary>
    [JsonPropertyName("supervision")]
    public string? Supervision { get; init; }

    /// <summary>Gets the start of the possession in milliseconds since the Unix epoch (<c>startTimestamp</c>).</summary>
    [JsonPropertyName("startTimestamp")]
    public long? StartTimestamp { get; init; }

    /// <summary>Gets the id of the team in possession (<c>teamId</c>).</summary>
    [JsonPropertyName("teamId")]
    public string? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the session id (<c>sessionId</c>).</summary>
    [JsonPropertyName("sessionId")]
    public string? SessionId { get; init; }

    /// <summary>Gets the game id (<c>gameId</c>).</summary>
    [JsonPropertyName("gameId")]
    public string? GameId { get; init; }

    /// <summary>Gets the ids of the players in the team's lineup (<c>lineupPlayers</c>).</summary>
    [JsonPropertyName("lineupPlayers")]
    public IReadOnlyList<string>? LineupPlayers { get; init; }

    /// <summary>Gets the ids of the players in the opponent's lineup (<c>opponentLineupPlayers</c>).</summary>
    [JsonPropertyName("opponentLineupPlayers")]
    public IReadOnlyList<string>? OpponentLineupPlayers { get; init; }

    /// <summary>Gets the events in the possession (<c>possessions</c>), in order.</summary>
    [JsonPropertyName("possessions")]
    public IReadOnlyList<PossessionEvent>? Events { get; init; }

    /// <summary>Gets the possession's stats (<c>stats</c>).</summary>
    [JsonPropertyName("stats")]
    public PossessionStatValues? Stats { get; init; }

    /// <summary>Gets the simplified view of the possession (<c>responseView</c>).</summary>
    [JsonPropertyName("responseView")]
    public PossessionResponseView? ResponseView { get; init; }

    /// <summary>Gets <see cref="StartTimestamp"/> as a UTC time; <see langword="null"/> when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? StartTime => ModelValues.FromUnixMilliseconds(StartTimestamp);
}
