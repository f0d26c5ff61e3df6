namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>
/// Court geometry in millimetres: a 28.65 m × 15.24 m floor with the origin at centre court, x along the length.
/// </summary>
internal static class Court
{
    public const double HalfLength = 14325;

    public const double HalfWidth = 7620;

    /// <summary>The hoop centre's distance from centre court (1.575 m in from each baseline).</summary>
    public const double HoopX = HalfLength - 1575;

    public const double HoopHeight = 3048;
}
