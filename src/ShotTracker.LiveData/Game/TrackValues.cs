namespace ShotTracker.LiveData.Game;

/// <summary>One player's tracking totals as folded so far: a value type so a frame updates them in place.</summary>
/// <remarks>Speeds are <see cref="double.NaN"/> while none was reported.</remarks>
internal struct TrackValues
{
    public double Speed;
    public double PeriodTopSpeed;
    public double GameTopSpeed;
    public double PeriodDistance;
    public double GameDistance;
    public long PeriodMilliseconds;
    public long GameMilliseconds;

    public static TrackValues None => new() { Speed = double.NaN, PeriodTopSpeed = double.NaN, GameTopSpeed = double.NaN };

    /// <summary>Starts a new period: the period's totals are zero, the game's go on.</summary>
    public void StartPeriod()
    {
        PeriodTopSpeed = double.NaN;
        PeriodDistance = 0;
        PeriodMilliseconds = 0;
    }
}
