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
    /// computed ones, a <see cref="GameDiscrepancy"/> is reported and the summary's value is taken.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool AdoptBroadcastSummary { get; set; } = true;

    internal void Validate()
    {
        if (ChangeBufferCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChangeBufferCapacity), ChangeBufferCapacity, "Must be at least 1.");
        }
    }

    // What a debugger shows for the options: short, and never a secret.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"change buffer {ChangeBufferCapacity}, adopt summary {AdoptBroadcastSummary}");
}
