using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Connection;
using ShotTracker.LiveData.Redis.Reading;
using StackExchange.Redis;

namespace ShotTracker.LiveData.Redis.Client;

/// <summary>
/// The feed of a <see cref="RedisLiveDataClient"/>: reads the game's streams after the ingest's accepted sequence (a
/// late joiner's newest summary, clock and location first) and hands each entry's raw message, with the time the relay
/// received it, to the <see cref="MessageIngest"/>, which parses, dedupes, records and delivers it exactly as for the
/// WebSocket.
/// </summary>
/// <remarks>
/// The state follows Redis: <c>Connecting</c> until the first read is answered, <c>Connected</c> while reads succeed,
/// <c>Reconnecting</c> while they fail (the reader retries with backoff from the same positions, so nothing is lost),
/// and <c>Closed</c> with <see cref="LiveDataDisconnectReason.ServerClosed"/> at the relay's end-of-game marker, which
/// ends the stream normally as the service's normal close ends the direct client's.
/// </remarks>
internal sealed class RedisMessageFeed(
    RedisClientSettings settings, Func<Task<IConnectionMultiplexer>> connect, ClientState state, MessageIngest ingest, ILogger logger) : IMessageFeed, IReadProgress
{
    private bool _wasConnected;

    public async Task<Exception?> RunAsync(CancellationToken stopping)
    {
        var gameId = settings.Keys.GameId;
        state.Set(LiveDataConnectionState.Connecting, LiveDataDisconnectReason.None, attempt: 1);
        try
        {
            var connection = await connect().WaitAsync(stopping).ConfigureAwait(false);
            var from = ingest.AcceptedSequence;
            RedisClientLog.Reading(logger, gameId, settings.Keys.Prefix, from);
            if (from is not null)
            {
                ingest.ConnectionOpened(from);
            }

            var reader = new RedisGameReader(connection, settings.Keys, settings.Reader, this);
            await foreach (var entry in reader.ReadAsync(from, latestFirst: true, stopping).ConfigureAwait(false))
            {
                if (entry.IsEnd)
                {
                    RedisClientLog.GameEnded(logger, gameId);
                    state.Set(LiveDataConnectionState.Closed, LiveDataDisconnectReason.ServerClosed);
                    return null;
                }

                // The relay's receive time, when the message came off the service's socket, is what a recorder
                // records and the lag is measured from: a recording from Redis replays at the game's own pace.
                await ingest.IngestAsync(entry.Message, entry.ReceivedAt, stopping).ConfigureAwait(false);
                if (ingest.HasNobodyToFeed)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped by the client: closed below.
        }

        state.Set(LiveDataConnectionState.Closed, LiveDataDisconnectReason.ByUser);
        return null;
    }

    /// <inheritdoc/>
    public void Succeeded()
    {
        if (state.State != LiveDataConnectionState.Connected)
        {
            _wasConnected = true;
            state.Set(LiveDataConnectionState.Connected, LiveDataDisconnectReason.None, resumedFromSequence: ingest.AcceptedSequence);
        }
    }

    /// <inheritdoc/>
    public void Failed(int attempt, Exception exception)
    {
        RedisClientLog.ReadFailed(logger, settings.Keys.GameId, attempt, exception);
        if (state.State == LiveDataConnectionState.Connected)
        {
            // What the non-sequenced sources miss until Redis answers again is a gap.
            ingest.ConnectionEnded();
        }

        var next = _wasConnected ? LiveDataConnectionState.Reconnecting : LiveDataConnectionState.Connecting;
        state.Set(next, _wasConnected ? LiveDataDisconnectReason.Lost : LiveDataDisconnectReason.Error, attempt: attempt + 1, exception: exception);
    }
}
