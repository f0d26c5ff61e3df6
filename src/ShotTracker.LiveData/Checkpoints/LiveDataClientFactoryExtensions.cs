namespace ShotTracker.LiveData;

/// <summary>Creates clients that resume from a checkpoint store.</summary>
public static class LiveDataClientFactoryExtensions
{
    /// <summary>
    /// Creates a client for a game with a named configuration that resumes after the sequence
    /// <paramref name="checkpoints"/> holds for the game, or from the configured start when it holds none.
    /// </summary>
    /// <param name="factory">The factory.</param>
    /// <param name="name">The name the configuration was registered with (<see cref="string.Empty"/> for the default one).</param>
    /// <param name="gameId">The game or drill id.</param>
    /// <param name="checkpoints">The store to read the game's checkpoint from.</param>
    /// <param name="cancellationToken">Cancels reading the checkpoint.</param>
    /// <returns>A new client that the caller owns; nothing connects until it is streamed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> or <paramref name="checkpoints"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="gameId"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">No configuration named <paramref name="name"/> is registered.</exception>
    public static async Task<ILiveDataClient> CreateClientAsync(
        this ILiveDataClientFactory factory, string name, string gameId, ILiveDataCheckpointStore checkpoints, CancellationToken cancellationToken = default)
    {
        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        if (checkpoints is null)
        {
            throw new ArgumentNullException(nameof(checkpoints));
        }

        if (string.IsNullOrEmpty(gameId))
        {
            throw new ArgumentException("The game id must not be null or empty.", nameof(gameId));
        }

        var saved = await checkpoints.LoadAsync(gameId, cancellationToken).ConfigureAwait(false);
        return saved is null ? factory.CreateClient(name, gameId) : factory.CreateClient(name, gameId, saved);
    }
}
