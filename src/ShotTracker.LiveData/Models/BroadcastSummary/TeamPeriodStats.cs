using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>One team's side of a <see cref="PeriodStats"/> (<c>home</c> or <c>away</c>): its team line and player lines.</summary>
public sealed record TeamPeriodStats : LiveDataModel
{
    /// <summary>Gets the team's stat line (<c>team</c>).</summary>
    [JsonPropertyName("team")]
    public TeamStatLine? Team { get; init; }

    /// <summary>
    /// Gets the player stat lines (<c>players</c>). The row with <see cref="PlayerStatLine.PlayerId"/> 0 is the
    /// team row (see <see cref="PlayerStatLine.IsTeamRow"/>).
    /// </summary>
    [JsonPropertyName("players")]
    public IReadOnlyList<PlayerStatLine>? Players { get; init; }
}
