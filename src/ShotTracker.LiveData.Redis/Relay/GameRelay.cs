using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// Relays one game: reads the checkpoint from Redis, follows the game with a client that resumes after it, and starts
/// again from Redis after any failure, until the game ends or the host stops.
/// </summary>
/// <remarks>
/// The rule that loses no sequenced message: the client hands a message to the relay's recorder before it delivers it
/// or counts it as seen, and the recorder returns only once Redis holds it. Should a sequenced event arrive that the
/// writer has not confirmed anyway (the recorder could not be reached), the relay drops that client and starts a new
/// one from the newest entry in Redis, so the stream, not the client, decides where the relay goes on.
/// </remarks>
internal sealed class GameRelay(
    ILiveDataClientFactory factory, string configurationName, RedisGameWriter writer, RelaySettings settings, RelayCounters counters, ILogger logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
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
                ended = await FollowAsync(lastSequence, backoff, stoppingToken).ConfigureAwait(false);
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
    private async Task<bool> FollowAsync(long? lastSequence, RetryBackoff backoff, CancellationToken stoppingToken)
    {
        var client = factory.CreateClient(configurationName, writer.Keys.GameId, lastSequence);
        await using (client.ConfigureAwait(false))
        {
            RelayRecorder.Current = writer;
            try
            {
                await foreach (var item in client.StreamAsync(stoppingToken).ConfigureAwait(false))
                {
                    if (item.Sequence is { } sequence && item is not InvalidLiveDataEvent)
                    {
                        if (writer.ConfirmedSequence is not { } confirmed || confirmed < sequence)
                        {
                            RelayLog.NotWritten(logger, writer.Keys.GameId, sequence, writer.ConfirmedSequence);
                            return false;
                        }

                        backoff.Succeeded();
                    }
                }

                return true;
            }
            finally
            {
                RelayRecorder.Current = null;
            }
        }
    }
}
