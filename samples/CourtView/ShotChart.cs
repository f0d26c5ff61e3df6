using System.Collections.Immutable;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>The field goal attempts of the game so far, each encoded once; append-only within a generation.</summary>
/// <param name="Generation">Changes when a shot already sent was corrected or retracted: readers then start over.</param>
/// <param name="Shots">The encoded shots, in play-by-play order.</param>
internal sealed record ShotChart(long Generation, ImmutableArray<ReadOnlyMemory<byte>> Shots)
{
    public static ShotChart Empty { get; } = new(0, []);
}
