using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// What one event contributed to the box score, kept so that a correction of the event can take exactly that back:
/// the stat deltas, who was on court for both teams when it happened (for plus-minus), and when it happened.
/// </summary>
internal sealed class LedgerEntry
{
    public required TeamId? Team { get; init; }

    public required TeamId? Opponent { get; init; }

    public required PlayerId? Player { get; init; }

    public required int[] Deltas { get; init; }

    public required string? Period { get; init; }

    public required PlayerId[] OnCourt { get; init; }

    public required PlayerId[] OpponentOnCourt { get; init; }

    public long Version { get; init; }

    /// <summary>
    /// Gets the event's own time in milliseconds since the Unix epoch, by which a broadcast summary of an earlier
    /// time leaves it out; <see cref="long.MinValue"/> when neither the event nor the feed before it had a time.
    /// </summary>
    public long Time { get; init; } = long.MinValue;

    public int PlayIndex { get; set; } = -1;
}
