using System.Diagnostics;

namespace ShotTracker.LiveData;

/// <summary>Configures a <see cref="LiveDataGameWorker"/>: when it saves its checkpoint. Validated when it is registered.</summary>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class LiveDataGameWorkerOptions
{
    private int _checkpointEveryEvents = 100;
    private TimeSpan _checkpointInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets whether the worker saves its checkpoint to the registered <see cref="ILiveDataCheckpointStore"/>.
    /// Set it to <see langword="false"/> when <see cref="LiveDataGameWorker.HandleAsync"/> commits each event's sequence
    /// in the same transaction as its effect (exactly once): the worker then only loads the checkpoint to resume from.
    /// </summary>
    /// <value>The default is <see langword="true"/> (at least once).</value>
    public bool SaveCheckpoints { get; set; } = true;

    /// <summary>Gets or sets after how many handled sequenced events the worker saves its checkpoint.</summary>
    /// <value>The default is 100. Must be positive. A crash replays at most this many events (or <see cref="CheckpointInterval"/>'s worth).</value>
    public int CheckpointEveryEvents
    {
        get => _checkpointEveryEvents;
        set => _checkpointEveryEvents = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "CheckpointEveryEvents must be positive.");
    }

    /// <summary>Gets or sets how often the worker saves its checkpoint when events were handled since the last save.</summary>
    /// <value>The default is 5 seconds. Must be positive.</value>
    public TimeSpan CheckpointInterval
    {
        get => _checkpointInterval;
        set => _checkpointInterval = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "CheckpointInterval must be positive.");
    }

    // What a debugger shows for the options: short, and never a secret.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"save checkpoints {SaveCheckpoints} every {CheckpointEveryEvents} events or {CheckpointInterval}");
}
