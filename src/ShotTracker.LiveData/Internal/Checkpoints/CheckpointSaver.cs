using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal;

namespace ShotTracker.LiveData.Internal.Checkpoints;

/// <summary>
/// The checkpoint state of one game worker: the last sequence whose handler finished, the last one saved, and the
/// saves every N events, every interval and at the end, one at a time.
/// </summary>
internal sealed class CheckpointSaver(
    ILiveDataCheckpointStore store, string gameId, long? startAfter, LiveDataGameWorkerOptions options, TimeProvider timeProvider, ILogger logger)
{
    private const long None = -1;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly int _everyEvents = options.CheckpointEveryEvents;
    private readonly TimeSpan _interval = options.CheckpointInterval;
    private long _handled = startAfter ?? None;
    private long _saved = startAfter ?? None;
    private int _sinceSave;

    /// <summary>Records that the handler of <paramref name="sequence"/> finished; returns whether a save is due by count.</summary>
    public bool Handled(long sequence)
    {
        Volatile.Write(ref _handled, sequence);
        return Interlocked.Increment(ref _sinceSave) >= _everyEvents;
    }

    /// <summary>Saves the last handled sequence if it is ahead of the saved one. A failed save is logged, not thrown.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var handled = Volatile.Read(ref _handled);
            if (handled <= _saved)
            {
                return;
            }

            Volatile.Write(ref _sinceSave, 0);
            try
            {
                await store.SaveAsync(gameId, handled, cancellationToken).ConfigureAwait(false);
                _saved = handled;
                LiveDataCheckpointLog.Saved(logger, gameId, handled);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A full disk or a busy lock must not stop the game: the events are handled, only their checkpoint lags.
                LiveDataCheckpointLog.SaveFailed(logger, gameId, handled, ex);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Saves every interval until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunTimerAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await TimeCompat.DelayAsync(timeProvider, _interval, cancellationToken).ConfigureAwait(false);
                await SaveAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
