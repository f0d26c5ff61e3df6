using System.Diagnostics;

namespace ShotTracker.LiveData.Game;

/// <summary>Options of a <see cref="LiveGame"/>.</summary>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class LiveGameOptions
{
    /// <summary>
    /// Gets or sets how many changes may wait for each reader of <see cref="LiveGame.ChangesAsync(CancellationToken)"/>
    /// before newer changes are merged into the last waiting one.
    /// </summary>
    /// <value>The default is 64.</value>
    public int ChangeBufferCapacity { get; set; } = 64;

    /// <summary>
    /// Gets or sets whether broadcast summaries are adopted: where a summary's team or player stats differ from the
    /// computed ones and the difference persists, a <see cref="GameDiscrepancy"/> is reported and the summary's value
    /// is taken.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    /// <remarks>
    /// <para>
    /// A summary is compared with the box score <em>as of its own time</em> (<c>at</c>): the events whose own time
    /// (<c>t</c>) is at or before it, not everything folded by the time the summary arrived. A summary pipeline that
    /// lags the events therefore never shows a difference. An event without a usable time counts as happening at the
    /// latest time the feed has shown before it (any timed <c>boxscorestatsv2</c>, <c>chart</c>, <c>marker</c>,
    /// <c>location</c> or <c>broadcastsummary</c> payload); a summary without one is compared as of that time too. A
    /// summary older than one already compared, or older than the changes still kept (a minute of feed time beyond
    /// <see cref="BroadcastSummarySettleTime"/>), is not compared; its names and lineups are still read.
    /// </para>
    /// <para>
    /// A difference is adopted only once it persists: when a later summary still differs in the same direction (its
    /// value is taken), or when it is still there, against the events up to the summary's time, once the feed's time
    /// has passed the summary's time by <see cref="BroadcastSummarySettleTime"/>. A difference that the events catch
    /// up with before then is transient: it is never reported, logged or adopted. The final summary (period
    /// <c>COMPLETED</c>) is the last word: its differences are adopted at once.
    /// </para>
    /// <para>
    /// So a team's score, a player's points and every counting stat never go down, except by a correction (the same
    /// event id with a higher version, or a retracted <c>chart</c> shot, applied at once) or by an adopted summary
    /// difference. Each adopted difference is reported once (<see cref="GameChange.Discrepancies"/>,
    /// <see cref="GameSnapshot.Discrepancies"/>, <see cref="GameChangeKinds.Discrepancy"/>) and logged once as a warning.
    /// </para>
    /// </remarks>
    public bool AdoptBroadcastSummary { get; set; } = true;

    /// <summary>
    /// Gets or sets how long, in the feed's own time, a difference between a broadcast summary and the events up to
    /// its time must last before it is adopted without a later summary confirming it.
    /// </summary>
    /// <value>The default is 5 seconds.</value>
    /// <remarks>
    /// Measured by the feed's timestamps (the latest <c>t</c> or <c>at</c> folded), not by a clock, so a replay or a
    /// test folds exactly as the live game did. A summary confirms a difference only when it reflects a later time than the one that
    /// showed it, so a feed whose summaries and events carry no usable time adopts a difference only at the final
    /// summary. A payload stamped more than 45 minutes after the feed's latest time (a skewed clock, a bad frame) does
    /// not move the feed's time.
    /// <see cref="TimeSpan.Zero"/> adopts every difference at once (still compared as of the summary's time).
    /// See <see cref="AdoptBroadcastSummary"/> for the whole rule.
    /// </remarks>
    public TimeSpan BroadcastSummarySettleTime { get; set; } = TimeSpan.FromSeconds(5);

    internal void Validate()
    {
        if (ChangeBufferCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChangeBufferCapacity), ChangeBufferCapacity, "Must be at least 1.");
        }

        if (BroadcastSummarySettleTime < TimeSpan.Zero || BroadcastSummarySettleTime > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(BroadcastSummarySettleTime), BroadcastSummarySettleTime, "Must be between zero and one hour.");
        }
    }

    // What a debugger shows for the options: short, and never a secret.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"change buffer {ChangeBufferCapacity}, adopt summary {AdoptBroadcastSummary}");
}
