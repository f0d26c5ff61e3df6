using System.Diagnostics;
using System.Net.WebSockets;
using ShotTracker.LiveData.EndToEnd.Feed;

namespace ShotTracker.LiveData.EndToEnd.Server;

/// <summary>
/// Sends one connection its <c>count</c> messages, as fast as the socket takes them or paced at <c>rate</c>, each
/// stamped just before it is sent, then closes normally (1000), which ends every consumer's stream. A receive loop
/// answers the client's keep-alive pings between two messages.
/// </summary>
internal sealed class BlastConnection(WebSocket socket, FeedSource source, int count, double rate)
{
    private static readonly byte[] Pong = "{\"type\":\"pong\"}"u8.ToArray();
    private int _pongsOwed;

    /// <summary>Gets the number of messages sent so far.</summary>
    public long Sent { get; private set; }

    public async Task RunAsync(Action onSent, CancellationToken cancellationToken)
    {
        var receiving = ReceiveAsync(cancellationToken);
        try
        {
            await SendAllAsync(onSent, cancellationToken);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "end of feed", cancellationToken);
            await receiving.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or IOException)
        {
            // The consumer went away: nothing is left to send.
        }
    }

    private async Task SendAllAsync(Action onSent, CancellationToken cancellationToken)
    {
        var buffer = new byte[source.Template.MaxLength];
        var interval = rate > 0 ? Stopwatch.Frequency / rate : 0;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            if (interval > 0)
            {
                await WaitUntilAsync(start + (long)(i * interval), cancellationToken);
            }

            if (Volatile.Read(ref _pongsOwed) > 0)
            {
                Interlocked.Decrement(ref _pongsOwed);
                await socket.SendAsync(Pong, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }

            var length = source.Template.Write(buffer, i + 1, Stopwatch.GetTimestamp());
            await socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            Sent++;
            onSent();
        }
    }

    /// <summary>
    /// Sleeps until <paramref name="due"/>. Waits under 2 ms sleep 1 ms rather than spin (a spinning server would take
    /// a core from the consumer on a 2-core machine), so at 5,000 msg/s messages leave in bursts of about five, each
    /// stamped when it is actually sent.
    /// </summary>
    private static async Task WaitUntilAsync(long due, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > TimeSpan.FromMilliseconds(2))
        {
            await Task.Delay(wait, cancellationToken);
        }
        else if (wait > TimeSpan.Zero)
        {
            Thread.Sleep(1);
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            if (result.EndOfMessage && buffer.AsSpan(0, result.Count).IndexOf("\"ping\""u8) >= 0)
            {
                Interlocked.Increment(ref _pongsOwed);
            }
        }
    }
}
