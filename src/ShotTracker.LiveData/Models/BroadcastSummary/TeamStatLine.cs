using System.Text.Json.Serialization;
using ShotTracker.LiveData.Internal.Models;

namespace ShotTracker.LiveData.Models;

/// <summary>A team's stat line in a <see cref="BroadcastSummaryData"/> (<c>home.team</c>, <c>away.team</c>).</summary>
/// <remarks>
/// The per-possession-type stats (<c>OVERALL_PTS</c>, <c>TRANSITION_PPP</c>, …) have names that depend on the
/// possession types the service knows, so they are kept in <see cref="LiveDataModel.AdditionalProperties"/> and
/// read, grouped by possession type, through <see cref="PossessionTypes"/>.
/// </remarks>
public sealed partial record TeamStatLine : StatLine
{
    /// <summary>Initializes a new instance with no field set.</summary>
    public TeamStatLine()
    {
    }

    /// <summary>Initializes a new instance with the shared fields a payload reader gathered.</summary>
    internal TeamStatLine(in StatLineValues values)
        : base(values)
    {
    }

    /// <summary>Gets ShotTracker's internal team id (<c>team_id</c>).</summary>
    [JsonPropertyName("team_id")]
    public long? TeamId { get; init; }

    /// <summary>
    /// Gets <see cref="TeamId"/> as a <see cref="Models.TeamId"/>, equal to the same team's id from every other source
    /// (a number in some, a string in others); <see langword="null"/> when absent.
    /// </summary>
    [JsonIgnore]
    public TeamId? TeamKey => Models.TeamId.From(TeamId);

    /// <summary>Gets the team name defined in ShotTracker (<c>team_name</c>).</summary>
    [JsonPropertyName("team_name")]
    public string? TeamName { get; init; }

    /// <summary>Gets the points scored after an offensive rebound (<c>SECOND_CHANCE_POINTS</c>).</summary>
    [JsonPropertyName("SECOND_CHANCE_POINTS")]
    public int? SecondChancePoints { get; init; }

    /// <summary>Gets the points scored after a turnover (<c>POINTS_OFF_TURNOVER</c>).</summary>
    [JsonPropertyName("POINTS_OFF_TURNOVER")]
    public int? PointsOffTurnovers { get; init; }

    /// <summary>Gets the team's top two lineups (<c>lineup_stats</c>).</summary>
    [JsonPropertyName("lineup_stats")]
    public IReadOnlyList<TopLineup>? TopLineups { get; init; }
}
