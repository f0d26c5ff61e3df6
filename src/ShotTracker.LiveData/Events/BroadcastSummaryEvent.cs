using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>broadcastsummary</c> message: the broadcaster's full game summary. Not sequenced.</summary>
public sealed record BroadcastSummaryEvent : LiveDataEvent<BroadcastSummaryData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.BroadcastSummary;
}
