using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>marker</c> message: a game state marker such as jersey colours or lineup status. Sequenced.</summary>
public sealed record MarkerEvent : LiveDataEvent<MarkerData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.Marker;

    private protected override string? DebuggerDetails =>
        Data.Status;
}
