using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData;

/// <summary>A <c>chart</c> message: the shot chart details of one shot. Sequenced.</summary>
public sealed record ChartEvent : LiveDataEvent<ChartData>
{
    /// <inheritdoc />
    public override LiveDataSource? Source => LiveDataSource.Chart;

    private protected override string? DebuggerDetails =>
        FormattableString.Invariant($"pid {Data.PlayerId}, {Data.Points} pts, {Data.ResultCode}");
}
