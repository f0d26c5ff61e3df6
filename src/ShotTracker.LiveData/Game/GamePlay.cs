using System.Diagnostics;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// One entry of the play-by-play (<see cref="GameSnapshot.Plays"/>): a shot, rebound, assist, steal, block, turnover,
/// foul or substitution, with when it happened. Pattern-match on the sealed subtypes.
/// </summary>
/// <remarks>
/// A play corrected by the feed (the same event id again with a higher version) is replaced in place, so the list
/// keeps its order and each event appears once.
/// </remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public abstract record GamePlay
{
    private protected GamePlay()
    {
    }

    /// <summary>Gets the feed's event id (<c>eid</c>), or <see langword="null"/> when the event had none.</summary>
    public string? EventId { get; init; }

    /// <summary>Gets the sequence number of the message the play came from, when it had one.</summary>
    public long? Sequence { get; init; }

    /// <summary>Gets the period the play happened in, or <see langword="null"/> when the event did not say.</summary>
    public GamePeriod? Period { get; init; }

    /// <summary>
    /// Gets the game clock when the play happened, estimated from the clocks received around it, or
    /// <see langword="null"/> when no clock reading was close enough in time (for example plays received in a catch-up).
    /// </summary>
    public TimeSpan? GameClock { get; init; }

    /// <summary>Gets the event's timestamp, or <see langword="null"/> when it had none.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Gets the team the play is credited to, when known.</summary>
    public TeamId? TeamId { get; init; }

    /// <summary>Gets the player the play is credited to, when known (the shooter, the rebounder, the fouler, …).</summary>
    public PlayerId? PlayerId { get; init; }

    // What a debugger shows for a play ("ShotPlay #42 Q2 05:31, team 1, player 7"): short, the kind and when and who.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{GetType().Name} #{Sequence} {Period} {GameClock:mm\\:ss}, team {TeamId}, player {PlayerId}");
}
