using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.DependencyInjection;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// Relays one game: reads the checkpoint from Redis, follows the game with a client that resumes after it, and starts
/// again from Redis after any failure, until the game ends or the host stops.
/// </summary>
/// <remarks>
/// <para>
/// The rule that loses no sequenced message: each client is created with a <see cref="RelayRecorder"/> of this game,
/// to which it hands a message before it delivers it or counts it as seen, and which queues it for a write that it
/// retries until Redis holds it (several writes in flight, in order). Should a sequenced event arrive that was not
/// queued (the write loop failed), the relay drops that client and starts a new one from the newest entry in Redis, so
/// the stream, not the client, decides where the relay goes on. When a client's stream ends, the relay waits until
/// Redis holds everything queued before it writes the end marker or reads the checkpoint again.
/// </para>
/// <para>
/// The game's own recorder (<see cref="LiveDataRedisRelayOptions.RecorderFactory"/>) is made once, kept across the
/// restarts of its client, and disposed when the game's relay stops.
/// </para>
/// </remarks>
internal sealed class GameRelay(
    LiveDataClientFactory factory, string configurationName, RedisGameWriter writer, RelaySettings settings, RelayCounters counters, ILogger logger)
{
    // How long a restart that is not a stop waits for the queued writes: long enough for a healthy Redis to take a full
    // queue, short enough that a Redis that is down does not hold the restart (which resumes from Redis anyway).
    private static readonly TimeSpan RestartDrainLimit = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var recorder = CreateRecorder();
        try
        {
            await RelayAsync(recorder, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            await CloseAsync(recorder).ConfigureAwait(false);
        }
    }

    private async Task RelayAsync(ILiveDataMessageRecorder? recorder, CancellationToken stoppingToken)
    {
        var gameId = writer.Keys.GameId;
        var backoff = settings.NewBackoff();
        while (!stoppingToken.IsCancellationRequested)
        {
            var lastSequence = await writer.ReadCheckpointAsync(stoppingToken).ConfigureAwait(false);
            RelayLog.Following(logger, gameId, settings.KeyPrefix, lastSequence);
            bool ended;
            try
            {
                ended = await FollowAsync(lastSequence, recorder, backoff, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RelayLog.StreamFailed(logger, gameId, ex);
                ended = false;
            }

            if (ended)
            {
                // Readers (RedisLiveDataClient) end their stream at this marker, as the direct client ends at the close.
                try
                {
                    await writer.WriteEndAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                counters.GameEnded();
                RelayLog.GameEnded(logger, gameId);
                return;
            }

            counters.Restart();
            await backoff.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Streams one client; returns <see langword="true"/> when the game ended, <see langword="false"/> to restart.</summary>
    private async Task<bool> FollowAsync(long? lastSequence, ILiveDataMessageRecorder? recorder, RetryBackoff backoff, CancellationToken stoppingToken)
    {
        RelayRecorder? writing = null;
        ILiveDataClient client;
        try
        {
            client = factory.CreateClient(
                configurationName,
                writer.Keys.GameId,
                lastSequence,
                configured => writing = new RelayRecorder(writer, [configured, recorder], logger, stoppingToken));
        }
        catch
        {
            // Its write loop would otherwise wait until the host stops.
            if (writing is not null)
            {
                await writing.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        await using (client.ConfigureAwait(false))
        {
            if (writing is null)
            {
                throw new InvalidOperationException("The client factory did not create the relay's recorder.");
            }

            await using (writing.ConfigureAwait(false))
            {
                try
                {
                    return await RelayClientAsync(client, writing, backoff, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    if (!stoppingToken.IsCancellationRequested)
                    {
                        // A restart, not a stop: what is queued or in flight and lands in Redis must reach the game's
                        // observers too, in order, or their recordings would miss what Redis holds.
                        await writing.DrainAsync(RestartDrainLimit, stoppingToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    /// <summary>Streams one client into its recorder; returns <see langword="true"/> when the game ended, <see langword="false"/> to restart.</summary>
    private async Task<bool> RelayClientAsync(ILiveDataClient client, RelayRecorder writing, RetryBackoff backoff, CancellationToken stoppingToken)
    {
        await foreach (var item in client.StreamAsync(stoppingToken).ConfigureAwait(false))
        {
            if (item.Sequence is { } sequence && item is not InvalidLiveDataEvent)
            {
                if (writing.QueuedSequence is not { } queued || queued < sequence)
                {
                    RelayLog.NotWritten(logger, writer.Keys.GameId, sequence, writer.ConfirmedSequence);
                    return false;
                }

                backoff.Succeeded();
            }
        }

        // Redis must hold every message before the end marker. (A stream that fails throws past this: its queue gets
        // a bounded time to be written, and the restart resumes from the newest entry in Redis.)
        await writing.FlushAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>The game's own recorder; a factory that fails costs the game its recording, not its relay.</summary>
    private ILiveDataMessageRecorder? CreateRecorder()
    {
        try
        {
            return settings.RecorderFactory?.Invoke(writer.Keys.GameId);
        }
        catch (Exception ex)
        {
            RelayLog.RecorderFactoryFailed(logger, writer.Keys.GameId, ex);
            return null;
        }
    }

    /// <summary>Disposes the game's own recorder (flushing a file), which the relay owns.</summary>
    private async Task CloseAsync(ILiveDataMessageRecorder? recorder)
    {
        try
        {
            if (recorder is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else if (recorder is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
        catch (Exception ex)
        {
            RelayLog.RecorderCloseFailed(logger, writer.Keys.GameId, ex);
        }
    }
}
