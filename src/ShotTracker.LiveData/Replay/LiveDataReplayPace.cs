namespace ShotTracker.LiveData;

/// <summary>
/// How fast a game is played: a recording by <see cref="NdjsonReplayClient"/>, or a synthetic or recorded game by the
/// Testing package's emulator (<c>LiveDataEmulatorOptions.Pace</c>): as recorded, faster, or without waiting.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveDataReplayPace
{
    private LiveDataReplayPace(double? factor)
    {
        Factor = factor;
    }

    /// <summary>Gets the pace that yields each message at its recorded receive time, counted from the first one played.</summary>
    public static LiveDataReplayPace RealTime { get; } = new(1);

    /// <summary>Gets the pace that yields messages back to back, as fast as the consumer reads them.</summary>
    public static LiveDataReplayPace AsFastAsPossible { get; } = new(null);

    /// <summary>Gets the speed-up over the recorded times, or <see langword="null"/> for <see cref="AsFastAsPossible"/>.</summary>
    public double? Factor { get; }

    /// <summary>Creates a pace <paramref name="factor"/> times faster than recorded.</summary>
    /// <param name="factor">The speed-up; <c>4</c> plays a 40-minute recording in 10 minutes, <c>0.5</c> at half speed.</param>
    /// <returns>The pace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a positive finite number.</exception>
    public static LiveDataReplayPace Speed(double factor)
    {
        if (!(factor > 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be a positive finite number.");
        }

        return new LiveDataReplayPace(factor);
    }

    /// <summary>Gets how long after playback started a message recorded <paramref name="offset"/> after the first one is due.</summary>
    /// <param name="offset">The message's receive time minus the first played message's.</param>
    /// <returns>The wait from the start; <see cref="TimeSpan.Zero"/> for <see cref="AsFastAsPossible"/> or a negative offset.</returns>
    public TimeSpan DueAfter(TimeSpan offset) =>
        Factor is not { } factor || offset <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)(offset.Ticks / factor));

    /// <summary>Returns the pace as text.</summary>
    /// <returns><c>AsFastAsPossible</c>, <c>RealTime</c> or for example <c>x4</c>.</returns>
    public override string ToString() => Factor switch
    {
        null => nameof(AsFastAsPossible),
        1 => nameof(RealTime),
        { } f => "x" + f.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
