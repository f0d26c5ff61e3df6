using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Redis.Relay;

/// <summary>
/// The recorder of one game's client in the relay: it hands each message to the game's writer, then to the recorders
/// that observe the game (the configuration's <see cref="LiveDataClientOptions.Recorder"/> and the game's own from
/// <see cref="LiveDataRedisRelayOptions.RecorderFactory"/>).
/// </summary>
/// <remarks>
/// The relay builds one for each client it creates (see <see cref="GameRelay"/>), so it knows its game without
/// looking it up. Nothing relies on it blindly: the relay checks every sequenced event its client yields against the
/// writer's confirmed sequence, and restarts the game from Redis if one was not written.
/// </remarks>
internal sealed class RelayRecorder(RedisGameWriter writer, ILiveDataMessageRecorder?[] observers, ILogger logger) : ILiveDataMessageRecorder
{
    public async Task RecordAsync(ReadOnlyMemory<byte> utf8Message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        // Retries until Redis holds the message: the client reads nothing more until this returns, so it never moves
        // past a message that is not written. Only the stream's stop ends the wait (the message is then not delivered
        // either, and the restart resumes from Redis).
        await writer.WriteAsync(utf8Message, receivedAt, cancellationToken).ConfigureAwait(false);
        foreach (var observer in observers)
        {
            if (observer is null)
            {
                continue;
            }

            try
            {
                await observer.RecordAsync(utf8Message, receivedAt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // An observer's failure (a full disk) costs neither Redis nor the other observers the message.
                RelayLog.RecorderFailed(logger, writer.Keys.GameId, ex);
            }
        }
    }
}
