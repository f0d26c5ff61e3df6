namespace ShotTracker.LiveData.Testing;

/// <summary>How fast the emulator plays a game's timeline: in real time, faster, or without waiting at all.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class EmulatorPace
{
    private EmulatorPace(double? factor)
    {
        Factor = factor;
    }

    /// <summary>Gets the pace that sends each message at its game-time offset, as the live service would.</summary>
    public static EmulatorPace RealTime { get; } = new(1);

    /// <summary>
    /// Gets the pace that sends messages back to back with no waiting, limited only by the client reading them
    /// (WebSocket backpressure).
    /// </summary>
    public static EmulatorPace AsFastAsPossible { get; } = new(null);

    /// <summary>Gets the speed-up over real time, or <see langword="null"/> for <see cref="AsFastAsPossible"/>.</summary>
    public double? Factor { get; }

    /// <summary>Creates a pace <paramref name="factor"/> times faster than real time.</summary>
    /// <param name="factor">The speed-up; <c>2</c> plays a 40-minute game in 20 minutes.</param>
    /// <returns>The pace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a positive finite number.</exception>
    public static EmulatorPace Accelerated(double factor)
    {
        if (!(factor > 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be a positive finite number.");
        }

        return new EmulatorPace(factor);
    }

    /// <summary>Gets how long after the start of playback a message at <paramref name="offset"/> is due.</summary>
    /// <param name="offset">The message's offset from the first message played.</param>
    /// <returns>The wall-clock delay; <see cref="TimeSpan.Zero"/> for <see cref="AsFastAsPossible"/>.</returns>
    public TimeSpan Scale(TimeSpan offset) =>
        Factor is { } f && offset > TimeSpan.Zero ? TimeSpan.FromTicks((long)(offset.Ticks / f)) : TimeSpan.Zero;

    /// <inheritdoc />
    public override string ToString() => Factor switch
    {
        null => "AsFastAsPossible",
        1 => "RealTime",
        { } f => $"Accelerated({f.ToString(System.Globalization.CultureInfo.InvariantCulture)}x)",
    };
}
