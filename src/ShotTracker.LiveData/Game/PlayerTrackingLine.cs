using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>A player's top speed, distance and time on court over a period or the game; see <see cref="PlayerTracking"/>.</summary>
public sealed record PlayerTrackingLine
{
    /// <summary>Gets the period, or <see langword="null"/> for the game's totals.</summary>
    public GamePeriod? Period { get; init; }

    /// <summary>
    /// Gets the highest <c>speed</c> reported (the feed's unit, not documented; the emulator's is metres per second),
    /// or <see langword="null"/> while none was.
    /// </summary>
    public double? TopSpeed { get; init; }

    /// <summary>
    /// Gets the distance covered by the feed's running <c>dist</c> (the feed's unit, not documented; the emulator's is
    /// metres). The game's counts what the first reading said was already covered, so it is the latest reading unless the
    /// count restarted.
    /// </summary>
    public double Distance { get; init; }

    /// <summary>Gets the game-clock time on court (<c>MIN</c> in a box score).</summary>
    public TimeSpan TimeOnCourt { get; init; }
}
