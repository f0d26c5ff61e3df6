using System.Diagnostics;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>A team of a <see cref="GameSnapshot"/>: identity, score, fouls, who is on court and the team box score line.</summary>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed record GameTeam
{
    /// <summary>Gets the team's id.</summary>
    public required TeamId Id { get; init; }

    /// <summary>Gets the team name from the broadcast summary, or <see langword="null"/> while unknown.</summary>
    public string? Name { get; init; }

    /// <summary>Gets whether the team is home or away; <see cref="TeamSide.Unknown"/> until a broadcast summary says.</summary>
    public TeamSide Side { get; init; }

    /// <summary>Gets the jersey colour as sent in the <c>JERSEY_COLOR</c> marker (hex, for example <c>#1E3A8A</c>), or <see langword="null"/>.</summary>
    public string? JerseyColor { get; init; }

    /// <summary>Gets the score.</summary>
    public int Score { get; init; }

    /// <summary>Gets the fouls the team committed in the current period (for the bonus); the game's total is in <see cref="Stats"/>.</summary>
    public int PeriodFouls { get; init; }

    /// <summary>Gets the players on court now, as last reported by lineup markers, possessions, shots, location frames or the summary.</summary>
    public IReadOnlyList<PlayerId> OnCourt { get; init; } = [];

    /// <summary>Gets the team's running box score line.</summary>
    public BoxScoreLine Stats { get; init; } = BoxScoreLine.Empty;

    /// <summary>Gets a name for display: <see cref="Name"/>, or <c>team 5120</c> while unknown.</summary>
    public string DisplayName => Name ?? $"team {Id}";

    // What a debugger shows for a team: short, and never the whole line.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{DisplayName} ({Side}), {Score} pts, {OnCourt.Count} on court");
}
