namespace ShotTracker.LiveData.EndToEnd.Fleet;

/// <summary>One connection of a fleet, reading its game until the run stops it.</summary>
internal interface IFleetMember : IAsyncDisposable
{
    /// <summary>Gets the task reading the connection; it ends when the run's token is cancelled.</summary>
    Task Reading { get; }

    /// <summary>
    /// Gets how often the connection was opened again after the first time (a raw socket never does); for a
    /// <c>RedisLiveDataClient</c>, how many of its reads from Redis failed and were retried.
    /// </summary>
    long Reconnects { get; }
}
