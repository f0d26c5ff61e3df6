namespace ShotTracker.LiveData.Models;

/// <summary>
/// Known values of who supervised a possession (<see cref="Possession.Supervision"/>, <c>supervision</c>): known
/// values, not an exhaustive list.
/// </summary>
public static class SupervisionModes
{
    /// <summary>The system recorded the possession (<c>SYSTEM</c>).</summary>
    public const string System = "SYSTEM";
}
