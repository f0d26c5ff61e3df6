namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known shot attributes (<see cref="ChartData.Attributes"/>, <c>attributes</c>): known values, not an exhaustive list.
/// </summary>
public static class ShotAttributes
{
    /// <summary>A catch-and-shoot shot (<c>CAS</c>).</summary>
    public const string CatchAndShoot = "CAS";
}
