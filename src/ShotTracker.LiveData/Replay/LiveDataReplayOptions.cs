using System.Diagnostics;

namespace ShotTracker.LiveData;

/// <summary>Options of <see cref="NdjsonReplayClient"/>: pace, where to start, which sources, which clock.</summary>
/// <remarks>Read once when the client is created; later changes have no effect on it.</remarks>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class LiveDataReplayOptions
{
    /// <summary>Gets or sets how fast the recording plays.</summary>
    /// <value>The default is <see cref="LiveDataReplayPace.AsFastAsPossible"/>.</value>
    public LiveDataReplayPace Pace { get; set; } = LiveDataReplayPace.AsFastAsPossible;

    /// <summary>
    /// Gets or sets the first sequence number to play: playback starts at the first sequenced message whose <c>seq</c>
    /// is at least this, and sequenced messages before it are skipped.
    /// </summary>
    /// <value>The default is <see langword="null"/>: no sequence bound.</value>
    public long? StartAtSequence { get; set; }

    /// <summary>
    /// Gets or sets the receive time to start at: playback starts at the first message received at or after it.
    /// </summary>
    /// <value>The default is <see langword="null"/>: no time bound. With both bounds, playback starts where both hold.</value>
    public DateTimeOffset? StartAtTime { get; set; }

    /// <summary>
    /// Gets or sets whether a start bound still yields the game's state at that point: the newest message before the
    /// start of each non-sequenced source (clock, box score, location…), first and without waiting, as a live
    /// connection opened at that moment would receive the current state.
    /// </summary>
    /// <value>The default is <see langword="true"/>. Sequenced messages before the start are never yielded.</value>
    public bool IncludeStateAtStart { get; set; } = true;

    /// <summary>Gets the sources to play; messages of other sources are skipped.</summary>
    /// <value>The default is empty: every source. Unknown and unreadable messages are always yielded.</value>
    public ISet<LiveDataSource> Sources { get; } = new HashSet<LiveDataSource>();

    /// <summary>Gets or sets the clock the pace waits on (a <c>FakeTimeProvider</c> in tests).</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // What a debugger shows for the options: short, and never a secret.
    private string DebuggerDisplay => FormattableString.Invariant(
        $"{Pace} [{Sources.ToWireNames()}], start at seq {StartAtSequence} time {StartAtTime}");
}
