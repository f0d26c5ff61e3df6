using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Checkpoints;

namespace ShotTracker.LiveData;

/// <summary>
/// A hosted service that follows one game for the lifetime of the host: derive from it, implement
/// <see cref="HandleAsync"/> and register it with <c>AddLiveDataGameWorker&lt;TWorker&gt;(gameId)</c>, once per game.
/// </summary>
/// <remarks>
/// <para>
/// The worker creates the game's client from its <see cref="ILiveDataClientFactory"/> configuration, resuming after the
/// sequence the configuration's <see cref="ILiveDataCheckpointStore"/> holds for the game (from the start when none is
/// registered), and hands each event to <see cref="HandleAsync"/>, one at a time, in order.
/// </para>
/// <para>
/// With <see cref="LiveDataGameWorkerOptions.SaveCheckpoints"/> (the default) it saves the sequence of the last event
/// whose handler has finished every <see cref="LiveDataGameWorkerOptions.CheckpointEveryEvents"/> events, every
/// <see cref="LiveDataGameWorkerOptions.CheckpointInterval"/>, and when it stops, the game ends or a handler throws: a
/// crash replays only the events after the last save (at least once). An event whose handler has not finished is never
/// saved. For exactly once, commit the sequence with the effect inside <see cref="HandleAsync"/> and turn the saves off.
/// </para>
/// <para>
/// When the game ends the worker returns; it does not stop the host. An exception from the stream or a handler is
/// rethrown after the checkpoint is saved, so the host handles it as any failed <see cref="BackgroundService"/>.
/// </para>
/// </remarks>
public abstract class LiveDataGameWorker : BackgroundService
{
    private GameWorkerSettings? _settings;

    /// <summary>Gets the id of the game this worker follows.</summary>
    /// <exception cref="InvalidOperationException">The worker was not created by <c>AddLiveDataGameWorker</c>.</exception>
    protected string GameId => Settings.GameId;

    private GameWorkerSettings Settings => _settings
        ?? throw new InvalidOperationException($"{GetType().Name} was not registered with AddLiveDataGameWorker<{GetType().Name}>(gameId).");

    /// <summary>Handles one event of the game. The next event is not handed over until the returned task completes.</summary>
    /// <param name="liveDataEvent">The event.</param>
    /// <param name="cancellationToken">Cancelled when the host stops; an event whose handling is cancelled is not checkpointed.</param>
    /// <returns>A task that completes when the event's effect is done (and, for exactly once, committed with its sequence).</returns>
    protected abstract ValueTask HandleAsync(LiveDataEvent liveDataEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Checks that the checkpoint store can be written, then starts following the game in the background.
    /// </summary>
    /// <param name="cancellationToken">Indicates that the start has been aborted.</param>
    /// <returns>A task that completes when the worker has started.</returns>
    /// <exception cref="IOException">
    /// The worker saves its checkpoints in a <see cref="FileLiveDataCheckpointStore"/> whose directory cannot be written
    /// (a write probe failed): the host fails to start instead of losing every checkpoint of the game.
    /// </exception>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (_settings is { Store: FileLiveDataCheckpointStore files, Options.SaveCheckpoints: true })
        {
            files.EnsureWritable();
        }

        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = Settings;
        var store = settings.Store;
        var saved = store is null ? null : await store.LoadAsync(settings.GameId, stoppingToken).ConfigureAwait(false);
        var client = saved is null
            ? settings.Factory.CreateClient(settings.Name, settings.GameId)
            : settings.Factory.CreateClient(settings.Name, settings.GameId, saved);
        await using (client.ConfigureAwait(false))
        {
            // Without a checkpoint the configuration's own LastSequence (if any) is where the client starts.
            var resumeAfter = saved ?? client.LastSequence;
            LiveDataCheckpointLog.Following(settings.Logger, settings.GameId, settings.Name, resumeAfter);
            var saver = store is not null && settings.Options.SaveCheckpoints
                ? new CheckpointSaver(store, settings.GameId, resumeAfter, settings.Options, settings.TimeProvider, settings.Logger)
                : null;
            using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = saver?.RunTimerAsync(stopTimer.Token) ?? Task.CompletedTask;
            try
            {
                await foreach (var e in client.StreamAsync(stoppingToken).ConfigureAwait(false))
                {
                    await HandleAsync(e, stoppingToken).ConfigureAwait(false);
                    if (saver is not null && e.Sequence is { } sequence && saver.Handled(sequence))
                    {
                        await saver.SaveAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping: what was handled is saved below.
            }
            finally
            {
                stopTimer.Cancel();
                await timer.ConfigureAwait(false);
                if (saver is not null)
                {
                    // Not the stopping token: the host is stopping, and this save is what makes the restart resume here.
                    await saver.SaveAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Hands the worker what <c>AddLiveDataGameWorker</c> resolved; called once, before the host starts it.</summary>
    internal void Attach(GameWorkerSettings settings) => _settings = settings;
}
