using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// A value the projection had computed from the events that differed from the broadcast summary's, persistently
/// (see <see cref="LiveGameOptions.AdoptBroadcastSummary"/>). The projection adopted the summary's value; the
/// discrepancy says what was off and by how much. A difference that the events caught up with is never reported.
/// </summary>
public sealed record GameDiscrepancy
{
    /// <summary>Gets the team the value belongs to (the player's team for a player's value).</summary>
    public TeamId? TeamId { get; init; }

    /// <summary>Gets the player the value belongs to, or <see langword="null"/> for a team's value.</summary>
    public PlayerId? PlayerId { get; init; }

    /// <summary>Gets the stat, by its box score key: <c>PTS</c>, <c>REB</c>, <c>AST</c>, <c>FG</c>, … .</summary>
    public required string Stat { get; init; }

    /// <summary>Gets the value computed from the events up to the summary's time, with the differences adopted before.</summary>
    public int Computed { get; init; }

    /// <summary>Gets the broadcast summary's value, which the projection adopted.</summary>
    public int Summary { get; init; }

    /// <summary>Gets the timestamp (<c>at</c>) of the summary whose value was adopted, when it had one.</summary>
    public DateTimeOffset? SummaryTime { get; init; }
}
