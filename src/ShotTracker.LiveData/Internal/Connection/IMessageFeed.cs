namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// Where a client's messages come from: the WebSocket connection's lifecycle (<see cref="ConnectionLifecycle"/>), or
/// another feed such as a Redis stream. A feed reads raw messages into the <see cref="MessageIngest"/> it was built
/// with and reports its state changes to the client's <see cref="ClientState"/>; delivery, subscribers, handlers and
/// the end of the stream belong to the <see cref="SharedStream"/> that runs it.
/// </summary>
internal interface IMessageFeed
{
    /// <summary>Reads messages until the feed ends, the stop is requested, or the stream fails for good.</summary>
    /// <param name="stopping">Set when the client stops (the last subscriber left, or the client is disposed).</param>
    /// <returns>
    /// <see langword="null"/> when the stream ended normally or was stopped; otherwise the exception every subscriber's
    /// loop then throws (after the events already received).
    /// </returns>
    Task<Exception?> RunAsync(CancellationToken stopping);
}
