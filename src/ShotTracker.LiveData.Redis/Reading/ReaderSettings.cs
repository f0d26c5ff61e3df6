namespace ShotTracker.LiveData.Redis.Reading;

/// <summary>How a <see cref="RedisGameReader"/> reads: how long one XREAD blocks, how many entries it takes, its retry backoff, and which streams.</summary>
/// <param name="BlockTime">How long one <c>XREAD BLOCK</c> waits; keep it under the multiplexer's async timeout (5 s by default).</param>
/// <param name="BatchSize">The <c>COUNT</c> of one read, per stream.</param>
/// <param name="RetryDelay">The first wait after a failed read.</param>
/// <param name="MaxRetryDelay">The longest wait between reads that fail.</param>
/// <param name="TimeProvider">The clock of the backoff.</param>
internal sealed record ReaderSettings(TimeSpan BlockTime, int BatchSize, TimeSpan RetryDelay, TimeSpan MaxRetryDelay, TimeProvider TimeProvider)
{
    /// <summary>Gets which streams are read and which of their entries are yielded.</summary>
    /// <value>The default is <see cref="StreamSelection.All"/>.</value>
    public StreamSelection Streams { get; init; } = StreamSelection.All;

    /// <summary>Gets settings with a 1 second block, 512 entries per read and a 0.5 s to 30 s backoff on the system clock.</summary>
    public static ReaderSettings Default { get; } = new(TimeSpan.FromSeconds(1), 512, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), TimeProvider.System);
}
