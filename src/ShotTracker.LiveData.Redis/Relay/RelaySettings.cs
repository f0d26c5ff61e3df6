namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>The relay's options, copied and validated once.</summary>
internal sealed record RelaySettings(
    string KeyPrefix,
    int LatestStreamMaxLength,
    TimeSpan DuplicateWindow,
    TimeSpan RetryDelay,
    TimeSpan MaxRetryDelay,
    TimeProvider TimeProvider,
    Func<string, ILiveDataMessageRecorder?>? RecorderFactory = null)
{
    public static RelaySettings From(LiveDataRedisRelayOptions options, TimeProvider timeProvider) => new(
        options.KeyPrefix, options.LatestStreamMaxLength, options.DuplicateWindow, options.RetryDelay, options.MaxRetryDelay, timeProvider, options.RecorderFactory);

    public RetryBackoff NewBackoff() => new(RetryDelay, MaxRetryDelay, TimeProvider);
}
