namespace ShotTracker.LiveData.Testing;

/// <summary>
/// A correction the league makes to a player's box score that no event explains: from <see cref="After"/> on, every
/// <c>broadcastsummary</c> carries it, and so does the game's <see cref="GameBoxScore"/>, but no <c>boxscorestatsv2</c>
/// or <c>chart</c> event is sent for it. A client that trusts the summaries ends on the corrected box score.
/// </summary>
/// <remarks>
/// <para>
/// A made shot counts its attempt and points too: <see cref="SummaryCorrectionStat.TwoPointersMade"/> with a
/// <see cref="Delta"/> of 1 adds 2 points, a field goal made and one attempted. Plus-minus is not changed. The player
/// ids of a seed are in <see cref="SyntheticGame.BoxScore"/> of a game generated with the same seed: corrections do
/// not change the rosters.
/// </para>
/// <para>A correction may decide whether a game goes to overtime: the final score includes it.</para>
/// </remarks>
public sealed record SummaryCorrection
{
    /// <summary>Gets the player whose line is corrected (a roster id of the game).</summary>
    public required long PlayerId { get; init; }

    /// <summary>Gets the stat that is corrected.</summary>
    public required SummaryCorrectionStat Stat { get; init; }

    /// <summary>Gets how much the stat changes: between -10 and 10, not zero.</summary>
    /// <value>The default is <c>1</c>.</value>
    public int Delta { get; init; } = 1;

    /// <summary>
    /// Gets when the correction is made, counted from tip-off as <see cref="EmulatedMessage.Offset"/> is (breaks
    /// included); summaries that reflect this moment or a later one carry it. A time after the end of the game is
    /// applied at the end, before the final summary.
    /// </summary>
    /// <value>The default is <see cref="TimeSpan.Zero"/>.</value>
    public TimeSpan After { get; init; }
}
