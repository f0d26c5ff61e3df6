namespace ShotTracker.LiveData;

/// <summary>
/// Keeps the last sequence number an app has handled for each game, so that a restarted app resumes right after it
/// (<c>last_seq</c>) instead of following the game again from the start.
/// </summary>
/// <remarks>
/// <para>
/// A store saved after the effect of an event (a row written, a message sent) gives <em>at-least-once</em> handling: a
/// crash between the effect and the next save replays the events after the saved sequence. For <em>exactly-once</em>,
/// save the sequence in the same transaction as the effect (see the README, "Checkpoints and exactly-once") and let
/// <see cref="LoadAsync"/> read it back.
/// </para>
/// <para>Implementations must be safe to call from several threads.</para>
/// </remarks>
public interface ILiveDataCheckpointStore
{
    /// <summary>Reads the last sequence number saved for a game.</summary>
    /// <param name="gameId">The game or drill id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The saved sequence number, or <see langword="null"/> when none was saved for the game.</returns>
    ValueTask<long?> LoadAsync(string gameId, CancellationToken cancellationToken = default);

    /// <summary>Saves the last sequence number handled for a game.</summary>
    /// <param name="gameId">The game or drill id.</param>
    /// <param name="sequence">The sequence number of the last event whose handling has finished.</param>
    /// <param name="cancellationToken">Cancels the save; the previous checkpoint then stays in place.</param>
    /// <returns>A task that completes when the checkpoint is durable.</returns>
    ValueTask SaveAsync(string gameId, long sequence, CancellationToken cancellationToken = default);
}
