namespace ShotTracker.LiveData.Internal.Game;

/// <summary>One player's tracking totals as folded so far: a value type so a frame updates them in place.</summary>
/// <remarks>
/// Speeds are <see cref="double.NaN"/> while none was reported. <see cref="Odometer"/> (the latest <c>dist</c>) and
/// <see cref="InSegment"/> (in a lineup the clock credits) let a snapshot add what regular frames and clock steps
/// did since the copy it holds: see <see cref="TrackingView"/>.
/// </remarks>
internal struct TrackValues
{
    public double Speed;
    public double PeriodTopSpeed;
    public double GameTopSpeed;
    public double PeriodDistance;
    public double GameDistance;
    public long PeriodMilliseconds;
    public long GameMilliseconds;
    public double Odometer;
    public bool InSegment;

    public static TrackValues None => new() { Speed = double.NaN, PeriodTopSpeed = double.NaN, GameTopSpeed = double.NaN, Odometer = double.NaN };

    /// <summary>Starts a new period: the period's totals are zero, the game's go on.</summary>
    public void StartPeriod()
    {
        PeriodTopSpeed = double.NaN;
        PeriodDistance = 0;
        PeriodMilliseconds = 0;
    }
}
