using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>chart</c> message: the shot chart details of one shot. Sequenced.</summary>
public sealed record ChartEvent : LiveDataEvent<ChartData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.Chart;
}
