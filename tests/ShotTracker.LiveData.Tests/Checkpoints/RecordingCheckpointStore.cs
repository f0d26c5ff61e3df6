using System.Collections.Concurrent;

namespace ShotTracker.LiveData.Tests.Checkpoints;

/// <summary>A checkpoint store in memory that records every save, and can be told to fail the next ones.</summary>
internal sealed class RecordingCheckpointStore(long? saved = null) : ILiveDataCheckpointStore
{
    private readonly ConcurrentQueue<long> _saves = new();

    public IReadOnlyList<long> Saves => _saves.ToArray();

    public int FailNextSaves { get; set; }

    public ValueTask<long?> LoadAsync(string gameId, CancellationToken cancellationToken = default) =>
        new(_saves.IsEmpty ? saved : _saves.Last());

    public ValueTask SaveAsync(string gameId, long sequence, CancellationToken cancellationToken = default)
    {
        if (FailNextSaves > 0)
        {
            FailNextSaves--;
            throw new IOException("The disk is full.");
        }

        _saves.Enqueue(sequence);
        return default;
    }
}
