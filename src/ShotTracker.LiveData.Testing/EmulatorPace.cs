using System.ComponentModel;

namespace ShotTracker.LiveData.Testing;

/// <summary>How fast the emulator plays a game's timeline. Replaced by the core package's <see cref="LiveDataReplayPace"/>.</summary>
/// <remarks>
/// Kept so code written against earlier versions still compiles: each value converts implicitly to and from
/// <see cref="LiveDataReplayPace"/>, the type <see cref="LiveDataEmulatorOptions.Pace"/> now takes. Instances are
/// immutable and thread-safe.
/// </remarks>
[Obsolete(ObsoleteMessage)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EmulatorPace
{
    private const string ObsoleteMessage =
        "Use LiveDataReplayPace (namespace ShotTracker.LiveData): RealTime and AsFastAsPossible as here, Speed(n) for Accelerated(n). The emulator and NdjsonReplayClient share it.";

    private EmulatorPace(LiveDataReplayPace pace)
    {
        Pace = pace;
    }

    /// <summary>Gets the pace that sends each message at its game-time offset, as the live service would.</summary>
    public static EmulatorPace RealTime { get; } = new(LiveDataReplayPace.RealTime);

    /// <summary>
    /// Gets the pace that sends messages back to back with no waiting, limited only by the client reading them
    /// (WebSocket backpressure).
    /// </summary>
    public static EmulatorPace AsFastAsPossible { get; } = new(LiveDataReplayPace.AsFastAsPossible);

    /// <summary>Gets the speed-up over real time, or <see langword="null"/> for <see cref="AsFastAsPossible"/>.</summary>
    public double? Factor => Pace.Factor;

    private LiveDataReplayPace Pace { get; }

    /// <summary>Converts to the pace the emulator takes now.</summary>
    /// <param name="pace">The pace.</param>
    public static implicit operator LiveDataReplayPace(EmulatorPace pace) => (pace ?? throw new ArgumentNullException(nameof(pace))).Pace;

    /// <summary>Converts from the pace the emulator takes now, for code that reads <see cref="LiveDataEmulatorOptions.Pace"/> into this type.</summary>
    /// <param name="pace">The pace.</param>
    public static implicit operator EmulatorPace(LiveDataReplayPace pace) => new(pace ?? throw new ArgumentNullException(nameof(pace)));

    /// <summary>Creates a pace <paramref name="factor"/> times faster than real time.</summary>
    /// <param name="factor">The speed-up; <c>2</c> plays a 40-minute game in 20 minutes.</param>
    /// <returns>The pace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a positive finite number.</exception>
    public static EmulatorPace Accelerated(double factor) => new(LiveDataReplayPace.Speed(factor));

    /// <summary>Gets how long after the start of playback a message at <paramref name="offset"/> is due.</summary>
    /// <param name="offset">The message's offset from the first message played.</param>
    /// <returns>The wall-clock delay; <see cref="TimeSpan.Zero"/> for <see cref="AsFastAsPossible"/>.</returns>
    public TimeSpan Scale(TimeSpan offset) => Pace.DueAfter(offset);

    /// <inheritdoc />
    public override string ToString() => Pace.ToString();
}
