using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>possessions</c> message: a team's current possession, updated for each stat. Sequenced.</summary>
public sealed record PossessionsEvent : LiveDataEvent<PossessionsData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.Possessions;
}
