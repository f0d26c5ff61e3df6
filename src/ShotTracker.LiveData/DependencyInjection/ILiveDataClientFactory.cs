namespace ShotTracker.LiveData;

/// <summary>
/// Creates clients (<see cref="LiveDataClient"/>s, as <see cref="ILiveDataClient"/> so an app's tests can hand in
/// their own) for games or drills from the configurations registered with
/// <c>AddShotTrackerLiveData</c>. Tokens are issued per game, so each game gets its own client and token provider.
/// </summary>
/// <remarks>
/// Thread-safe. Each call returns a new client that the caller owns and must dispose. Options are read when the client
/// is created. The client logs through the container's <c>ILoggerFactory</c> and records metrics on the container's
/// <c>IMeterFactory</c> when they are registered.
/// </remarks>
public interface ILiveDataClientFactory
{
    /// <summary>Creates a client for a game with the default configuration.</summary>
    /// <param name="gameId">The game or drill id, handed to the token provider (for example the <c>{gameId}</c> of the HTTP one).</param>
    /// <returns>A new client; nothing connects until it is streamed.</returns>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">No default configuration is registered.</exception>
    ILiveDataClient CreateClient(string gameId);

    /// <summary>Creates a client for a game with a named configuration.</summary>
    /// <param name="name">The name the configuration was registered with.</param>
    /// <param name="gameId">The game or drill id, handed to the token provider.</param>
    /// <returns>A new client; nothing connects until it is streamed.</returns>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">No configuration named <paramref name="name"/> is registered.</exception>
    ILiveDataClient CreateClient(string name, string gameId);

    /// <summary>
    /// Creates a client for a game with a named configuration that resumes after a sequence number the app saved
    /// (<see cref="LiveDataClient.LastSequence"/> before it restarted), instead of the configured
    /// <see cref="LiveDataClientOptions.LastSequence"/>.
    /// </summary>
    /// <param name="name">The name the configuration was registered with (<see cref="string.Empty"/> for the default one).</param>
    /// <param name="gameId">The game or drill id, handed to the token provider.</param>
    /// <param name="lastSequence">The <c>last_seq</c> of the first connection; <see langword="null"/> for the configured one.</param>
    /// <returns>A new client; nothing connects until it is streamed.</returns>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastSequence"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No configuration named <paramref name="name"/> is registered.</exception>
    ILiveDataClient CreateClient(string name, string gameId, long? lastSequence);
}
