using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;

using ShotTracker.LiveData.Internal;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>
/// The keep-alive loop of one connection (wire contract §3): pings whenever the client has sent nothing for the ping
/// interval, and declares the connection dead when nothing at all arrives within the pong timeout after a ping.
/// </summary>
/// <remarks>
/// While the reader is held by a slow consumer (waiting for room in the event buffer) it does not read the socket,
/// so a pong may sit unread in the TCP buffers. That is not a dead connection: the reader has just received a
/// message. So a held reader counts as "something arrived", and the pong timeout starts again once it reads again.
/// </remarks>
internal static class KeepAlive
{
    /// <summary>Runs until cancelled; returns <see langword="true"/> after it declared the connection dead and aborted it.</summary>
    public static async Task<bool> RunAsync(
        LiveConnection connection,
        KeepAliveSettings settings,
        IKeepAliveObserver observer,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var time = settings.TimeProvider;
        long? awaitingSince = null;
        long receivedAtPing = 0;
        while (!cancellationToken.IsCancellationRequested && !connection.CloseSent)
        {
            if (awaitingSince is { } pingTimestamp)
            {
                if (connection.ReceivedCount != receivedAtPing || !connection.IsWaitingForData)
                {
                    awaitingSince = null;
                }
                else if (time.GetElapsedTime(pingTimestamp) >= settings.PongTimeout)
                {
                    observer.KeepAliveTimedOut();
                    LiveDataClientLog.KeepAliveTimeout(logger, settings.PongTimeout);
                    connection.MarkDead();
                    connection.Abort();
                    return true;
                }
            }

            var sinceSent = connection.SinceLastSent;
            if (sinceSent >= settings.PingInterval)
            {
                var countBefore = connection.ReceivedCount;
                if (!await connection.SendPingAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                observer.PingSent();
                LiveDataClientLog.PingSent(logger);
                if (awaitingSince is null)
                {
                    awaitingSince = time.GetTimestamp();
                    receivedAtPing = countBefore;
                }

                sinceSent = TimeSpan.Zero;
            }

            var wait = settings.PingInterval - sinceSent;
            if (awaitingSince is { } since)
            {
                var pongLeft = settings.PongTimeout - time.GetElapsedTime(since);
                wait = pongLeft < wait ? pongLeft : wait;
            }

            if (wait < TimeSpan.FromMilliseconds(1))
            {
                wait = TimeSpan.FromMilliseconds(1);
            }

            await TimeCompat.DelayAsync(time, wait, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }
}
