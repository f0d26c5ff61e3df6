namespace ShotTracker.LiveData;

/// <summary>
/// A Live Data V2 stream: what <see cref="LiveDataClient"/> offers, as an interface an app can depend on and replace
/// in its own unit tests (with <see cref="InMemoryLiveDataClient"/> or a mock).
/// </summary>
/// <remarks>See <see cref="LiveDataClient"/> for the behaviour of each member.</remarks>
public interface ILiveDataClient : IAsyncDisposable
{
    /// <summary>Occurs when <see cref="State"/> changes, with the typed reason.</summary>
    event EventHandler<LiveDataConnectionStateChangedEventArgs>? ConnectionStateChanged;

    /// <summary>Occurs when a connection opened with <c>last_seq</c> delivers its first new sequenced message.</summary>
    event EventHandler<LiveDataResumedEventArgs>? Resumed;

    /// <summary>Gets the current connection state.</summary>
    LiveDataConnectionState State { get; }

    /// <summary>Gets the sequence number of the last sequenced message handed to the consumer, or <see langword="null"/>.</summary>
    long? LastSequence { get; }

    /// <summary>Gets a snapshot of the client's counters.</summary>
    /// <returns>The counters at the time of the call.</returns>
    LiveDataClientStatistics GetStatistics();

    /// <summary>Yields every message as a typed event, in order, until the stream ends.</summary>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<LiveDataEvent> StreamAsync(CancellationToken cancellationToken = default);
}
