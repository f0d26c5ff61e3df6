using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// One open connection and what lives exactly as long as it: its keep-alive loop, the graceful close a stop starts,
/// and the buffer its messages are read into. Disposing it leaves nothing of the connection running.
/// </summary>
internal sealed class OpenConnection : IAsyncDisposable
{
    private readonly ClientSettings _settings;
    private readonly ClientCounters _counters;
    private readonly CancellationTokenSource _keepAliveStop;
    private readonly Task _keepAlive;
    private readonly CancellationTokenRegistration _stopRegistration;
    private Task? _closeOnStop;

    /// <summary>Takes over <paramref name="connection"/>: starts its keep-alive, and closes it gracefully when <paramref name="stopping"/> is set.</summary>
    public OpenConnection(LiveConnection connection, long? resumedFrom, ClientSettings settings, ClientCounters counters, ILogger logger, CancellationToken stopping)
    {
        Connection = connection;
        ResumedFrom = resumedFrom;
        _settings = settings;
        _counters = counters;
        OpenedAt = settings.TimeProvider.GetTimestamp();
        _keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        counters.BackgroundTaskStarted();
        _keepAlive = KeepAlive.RunAsync(connection, settings.KeepAlive, counters, logger, _keepAliveStop.Token);
        _stopRegistration = stopping.Register(static s => ((OpenConnection)s!).CloseOnStop(), this);
    }

    /// <summary>Gets the socket.</summary>
    public LiveConnection Connection { get; }

    /// <summary>Gets the <c>last_seq</c> it was opened with.</summary>
    public long? ResumedFrom { get; }

    /// <summary>Gets when it opened, on the client's <see cref="TimeProvider"/>.</summary>
    public long OpenedAt { get; }

    /// <summary>Gets the buffer each message is read into.</summary>
    public PooledByteBufferWriter Message { get; } = new(16 * 1024);

    /// <summary>Stops keep-alive, waits for a close a stop started, and disposes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        _keepAliveStop.Cancel();
        try
        {
            await _keepAlive.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Cancelled, or a ping failed because the socket went away: the reader already knows why.
        }
        finally
        {
            _counters.BackgroundTaskEnded();
        }

        // Disposing the registration waits for a close it is starting right now; then no close can start any more,
        // and the one that did is awaited, so nothing of this connection outlives it.
        _stopRegistration.Dispose();
        if (Interlocked.Exchange(ref _closeOnStop, null) is { } closing)
        {
            await closing.ConfigureAwait(false);
        }

        _keepAliveStop.Dispose();
        Connection.Dispose();
        Message.Dispose();
    }

    private void CloseOnStop()
    {
        _counters.BackgroundTaskStarted();
        Volatile.Write(ref _closeOnStop, CloseOnStopAsync());
    }

    private async Task CloseOnStopAsync()
    {
        try
        {
            await Connection.CloseGracefullyAsync(WebSocketCloseStatus.NormalClosure, "Client closing", _settings.CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort: the abort timer ends the connection anyway.
        }
        finally
        {
            _counters.BackgroundTaskEnded();
        }
    }
}
