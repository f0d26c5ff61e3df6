namespace ShotTracker.LiveData.Game;

/// <summary>One change of a <see cref="LiveGame"/>, as yielded by <see cref="LiveGame.ChangesAsync(CancellationToken)"/>.</summary>
/// <remarks>
/// For a reader that falls behind, changes are merged: consecutive clock and position changes collapse into the
/// latest, and when the reader's buffer is full the newest change is merged into the last waiting one. A merged change
/// has the union of the kinds, every play and discrepancy of the changes it merged, and the newest snapshot.
/// </remarks>
public sealed record GameChange
{
    /// <summary>Gets what changed.</summary>
    public required GameChangeKinds Kinds { get; init; }

    /// <summary>Gets the game as it is after the change.</summary>
    public required GameSnapshot Snapshot { get; init; }

    /// <summary>Gets the plays added or corrected by the change, in order; empty when none.</summary>
    public IReadOnlyList<GamePlay> Plays { get; init; } = [];

    /// <summary>Gets the differences from the broadcast summaries adopted by this change (each reported once); empty when none.</summary>
    public IReadOnlyList<GameDiscrepancy> Discrepancies { get; init; } = [];

    internal bool IsVolatileOnly => (Kinds & ~(GameChangeKinds.Clock | GameChangeKinds.Positions)) == 0;

    internal GameChange MergeWith(GameChange newer) => new()
    {
        Kinds = Kinds | newer.Kinds,
        Snapshot = newer.Snapshot,
        Plays = Concat(Plays, newer.Plays),
        Discrepancies = Concat(Discrepancies, newer.Discrepancies),
    };

    private static IReadOnlyList<T> Concat<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) =>
        first.Count == 0 ? second : second.Count == 0 ? first : Array.AsReadOnly(first.Concat(second).ToArray());
}
