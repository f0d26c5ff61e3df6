using System.Diagnostics;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>A player of a <see cref="GameSnapshot"/>: identity joined from every source, whether on court, and the box score line.</summary>
/// <remarks>
/// Names, jersey number and position come from the broadcast summary; the team from whichever source names it first.
/// Until a summary arrives a player is known by <see cref="Id"/> only.
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed record GamePlayer
{
    /// <summary>Gets the player's id.</summary>
    public required PlayerId Id { get; init; }

    /// <summary>Gets the player's team, or <see langword="null"/> while no source has said.</summary>
    public TeamId? TeamId { get; init; }

    /// <summary>Gets the first name, or <see langword="null"/> while unknown.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name, or <see langword="null"/> while unknown.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the jersey number, or <see langword="null"/> while unknown.</summary>
    public int? JerseyNumber { get; init; }

    /// <summary>Gets the position abbreviation (<c>G</c>, <c>F</c>, <c>C</c>), or <see langword="null"/> while unknown.</summary>
    public string? Position { get; init; }

    /// <summary>Gets whether the player is on court now.</summary>
    public bool OnCourt { get; init; }

    /// <summary>Gets the player's running box score line.</summary>
    public BoxScoreLine Stats { get; init; } = BoxScoreLine.Empty;

    /// <summary>Gets a name for display: <c>#23 J. Smith</c>, or <c>player 1042</c> while the name is unknown.</summary>
    public string DisplayName => LastName is null
        ? $"player {Id}"
        : $"{(JerseyNumber is { } n ? $"#{n} " : string.Empty)}{(string.IsNullOrEmpty(FirstName) ? string.Empty : $"{FirstName![0]}. ")}{LastName}";

    // What a debugger shows for a player: short, and never the whole line.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{DisplayName} ({Id}), team {TeamId}, {(OnCourt ? "on court" : "off court")}, {Stats.Points} pts");
}
