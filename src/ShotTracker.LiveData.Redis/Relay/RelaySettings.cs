namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>The relay's options, copied and validated once.</summary>
internal sealed record RelaySettings(
    string KeyPrefix,
    int LatestStreamMaxLength,
    TimeSpan DuplicateWindow,
    TimeSpan RetryDelay,
    TimeSpan MaxRetryDelay,
    TimeProvider TimeProvider,
    Func<string, ILiveDataMessageRecorder?>? RecorderFactory = null,
    int WriteQueueCapacity = RelaySettings.DefaultWriteQueueCapacity,
    int MaxWritesInFlight = RelaySettings.DefaultMaxWritesInFlight)
{
    /// <summary>
    /// How many messages of a game may wait for a write: a few hundred KB of location frames, enough to ride out a
    /// pause of Redis of several messages' time without the client waiting.
    /// </summary>
    public const int DefaultWriteQueueCapacity = 256;

    /// <summary>How many writes of a game may be sent and not yet answered: enough to hide the round trip.</summary>
    public const int DefaultMaxWritesInFlight = 64;

    public static RelaySettings From(LiveDataRedisRelayOptions options, TimeProvider timeProvider) => new(
        options.KeyPrefix, options.LatestStreamMaxLength, options.DuplicateWindow, options.RetryDelay, options.MaxRetryDelay, timeProvider, options.RecorderFactory);

    public RetryBackoff NewBackoff() => new(RetryDelay, MaxRetryDelay, TimeProvider);
}
