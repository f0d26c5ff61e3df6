using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>A change of a team's players on court, from a lineup marker.</summary>
public sealed record SubstitutionPlay : GamePlay
{
    /// <summary>Gets the players who came on court.</summary>
    public IReadOnlyList<PlayerId> Entering { get; init; } = [];

    /// <summary>Gets the players who left the court.</summary>
    public IReadOnlyList<PlayerId> Leaving { get; init; } = [];
}
