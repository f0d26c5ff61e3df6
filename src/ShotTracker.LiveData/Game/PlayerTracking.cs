using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// A player's tracking at one moment: current speed, and top speed, distance and time on court for the game and for
/// each period. From <see cref="GameSnapshot.TrackingOf(PlayerId)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Speeds and distances are the <c>location</c> source's <c>speed</c> and <c>dist</c> as the feed reports them, in the
/// feed's units. The API documentation does not name those units ("Speed.", "Distance."; it names millimetres for
/// <c>x</c>, <c>y</c>, <c>z</c> and centimetres for the broadcast summary's <c>DIST</c>); the emulator in
/// <c>ShotTracker.LiveData.Testing</c> sends metres per second and metres. Nothing is converted.
/// </para>
/// <para>
/// <c>dist</c> is read as each player's running distance (an odometer): the documentation gives no per-frame
/// distance, <c>location</c> is a non-sequenced source that after a reconnect sends "the latest value", and every
/// other distance it documents (<c>DIST</c>) is a total. So a frame that misses a player loses nothing (the next one
/// carries the total), a count that goes down is taken as restarted and credits nothing, and the distance between two
/// readings in different periods counts for the game but for neither period.
/// </para>
/// <para>
/// Time on court is game-clock time (not wall time) while the player was in the team's lineup: the lineup markers'
/// substitutions, possessions and shots, or the location frames while none of those has named a lineup. It is
/// credited as the clock runs down between consecutive clock readings (<c>clock</c> ticks and <c>location</c> frames),
/// split at each substitution's game clock. A jump of the clock of more than two seconds, or a
/// <see cref="LiveDataGapEvent"/>, credits nothing (who was on court meanwhile is unknown), and time put back on the
/// clock is counted once. The documentation gives no minutes anywhere: <c>lineupstats</c> carries stat totals of a
/// lineup group (no time, and not which group is on court now), and the broadcast summary only <c>on_the_floor</c>.
/// </para>
/// </remarks>
public sealed record PlayerTracking
{
    /// <summary>Gets the player's id.</summary>
    public required PlayerId PlayerId { get; init; }

    /// <summary>
    /// Gets the player's speed (<c>speed</c>, unit not documented: see the remarks) in the latest location frame, or
    /// <see langword="null"/> when that frame did not carry the player (off court, or a sample missing).
    /// </summary>
    public double? Speed { get; init; }

    /// <summary>Gets the game's totals: top speed, distance and time on court.</summary>
    public PlayerTrackingLine Game { get; init; } = new();

    /// <summary>Gets each period's totals, in order, from the first period tracked to the current one.</summary>
    public IReadOnlyList<PlayerTrackingLine> Periods { get; init; } = [];

    /// <summary>Gets one period's totals.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period's totals, or <see langword="null"/> when the period was not tracked.</returns>
    public PlayerTrackingLine? Period(GamePeriod period)
    {
        foreach (var line in Periods)
        {
            if (line.Period == period)
            {
                return line;
            }
        }

        return null;
    }
}
