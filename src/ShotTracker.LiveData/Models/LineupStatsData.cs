using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>The payload of a <c>lineupstats</c> message: the stat totals of one team's lineup.</summary>
public sealed record LineupStatsData : LiveDataModel
{
    /// <summary>Gets the team id (<c>tid</c>, a string).</summary>
    [JsonPropertyName("tid")]
    public string? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the session id (<c>sid</c>).</summary>
    [JsonPropertyName("sid")]
    public string? SessionId { get; init; }

    /// <summary>Gets the game id (<c>gid</c>).</summary>
    [JsonPropertyName("gid")]
    public string? GameId { get; init; }

    /// <summary>Gets the lineup's stat totals (<c>stats</c>).</summary>
    [JsonPropertyName("stats")]
    public LineupStatValues? Stats { get; init; }

    /// <summary>Gets the ids of the players in this lineup (<c>players</c>, strings).</summary>
    [JsonPropertyName("players")]
    public IReadOnlyList<string>? Players { get; init; }
}
