using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Game;

/// <summary>
/// What one event contributed to the box score, kept so that a correction of the event can take exactly that back:
/// the stat deltas and who was on court for both teams when it happened (for plus-minus).
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

    public int PlayIndex { get; set; } = -1;
}
