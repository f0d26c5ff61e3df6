using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>location</c> message: one frame of player and ball positions. Not sequenced.</summary>
public sealed record LocationEvent : LiveDataEvent<LocationData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.Location;

    private protected override string? DebuggerDetails =>
        FormattableString.Invariant($"{Data.Locations?.Count ?? 0} samples");
}
