namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known values of a shot's record status (<see cref="ChartData.Status"/>, <c>s</c>): known values, not an
/// exhaustive list.
/// </summary>
public static class ShotStatuses
{
    /// <summary>The shot is recorded (<c>RECORDED</c>).</summary>
    public const string Recorded = "RECORDED";
}
