using System.Net.WebSockets;
#if !NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif
using ShotTracker.LiveData.Internal;

namespace ShotTracker.LiveData.Internal.Transport;

/// <summary>
/// One open WebSocket: serialised sends, the timestamps keep-alive needs, and assembly of multi-frame messages.
/// </summary>
internal sealed class LiveConnection(ClientWebSocket socket, TimeProvider timeProvider) : IDisposable
{
    private static readonly byte[] PingMessage = "{\"type\":\"ping\"}"u8.ToArray();

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private long _lastSent = timeProvider.GetTimestamp();
    private int _closeSent;
    private int _dead;
    private long _receivedCount;
    private volatile bool _waitingForData;
    private ITimer? _abortTimer;

    public ClientWebSocket Socket => socket;

    /// <summary>Gets the time since the client last sent anything.</summary>
    public TimeSpan SinceLastSent => timeProvider.GetElapsedTime(Interlocked.Read(ref _lastSent));

    /// <summary>Gets whether a close frame was sent (no pong is owed after it, so keep-alive stops).</summary>
    public bool CloseSent => Volatile.Read(ref _closeSent) != 0;

    /// <summary>Gets how many frames have arrived; keep-alive compares it before and after a ping.</summary>
    public long ReceivedCount => Interlocked.Read(ref _receivedCount);

    /// <summary>
    /// Gets whether the reader waits on the socket right now. Keep-alive counts a pong as missing only while it does: a
    /// reader that is parsing or handing a message over (to a loop body run on its thread, or to a full buffer) has
    /// not read the pong yet, which says nothing about the server.
    /// </summary>
    public bool IsWaitingForData => _waitingForData;

    /// <summary>Gets whether keep-alive declared the connection dead (and aborted it).</summary>
    public bool IsDead => Volatile.Read(ref _dead) != 0;

    /// <summary>Counts as "something arrived" for keep-alive; called by the connection's reader only.</summary>
    public void MarkReceived()
    {
        // One writer (the reader), so no locked increment per frame: keep-alive only compares the count it reads.
        Volatile.Write(ref _receivedCount, _receivedCount + 1);
    }

    public void MarkDead() => Volatile.Write(ref _dead, 1);

    /// <summary>Sends <c>{"type":"ping"}</c>; returns <see langword="false"/> when the connection is closing.</summary>
    public async Task<bool> SendPingAsync(CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (CloseSent || socket.State != WebSocketState.Open)
            {
                return false;
            }

            // Not cancellable on purpose: cancelling a send aborts the whole WebSocket, which would turn a stop into
            // an abort instead of a close handshake. A ping is tiny; a hung one ends with the connection.
            await socket.SendAsync(new ArraySegment<byte>(PingMessage), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastSent, timeProvider.GetTimestamp());
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends the close frame once (answering the server's or starting our own close handshake).</summary>
    public async Task CloseOutputAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _closeSent, 1) != 0)
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, description, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Receives one whole message into <paramref name="buffer"/>, never holding more than
    /// <paramref name="maxMessageSize"/> + 1 bytes of it. Returns <see langword="false"/> when the server sent a close
    /// frame instead (its status is in <see cref="WebSocket.CloseStatus"/> of <see cref="Socket"/>).
    /// </summary>
    /// <remarks>
    /// Called once per message, so on .NET 8+ it reads through the <see cref="Memory{T}"/> overload (no result object
    /// or task per frame) and its own state machine comes from a pool when it has to wait for the network.
    /// </remarks>
#if NET8_0_OR_GREATER
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    public async ValueTask<bool> ReceiveMessageAsync(PooledByteBufferWriter buffer, int maxMessageSize, CancellationToken cancellationToken)
    {
        buffer.Clear();
        _waitingForData = true;
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(16 * 1024);
                var room = (int)Math.Min(memory.Length, (long)maxMessageSize - buffer.WrittenCount + 1);
#if NET8_0_OR_GREATER
                var result = await socket.ReceiveAsync(memory.Slice(0, room), cancellationToken).ConfigureAwait(false);
#else
                if (!MemoryMarshal.TryGetArray<byte>(memory, out var segment))
                {
                    throw new InvalidOperationException("The receive buffer is not array-backed.");
                }

                var result = await socket.ReceiveAsync(new ArraySegment<byte>(segment.Array!, segment.Offset, room), cancellationToken).ConfigureAwait(false);
#endif
                MarkReceived();
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return false;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > maxMessageSize)
                {
                    throw new LiveDataMessageTooLargeException(maxMessageSize, buffer.WrittenCount);
                }

                if (result.EndOfMessage)
                {
                    return true;
                }
            }
        }
        finally
        {
            _waitingForData = false;
        }
    }

    /// <summary>
    /// Starts or answers the close handshake: sends the close frame, and aborts the socket if the whole close has not
    /// finished within <paramref name="timeout"/> (the reader sees the server's close frame or the abort).
    /// </summary>
    public async Task CloseGracefullyAsync(WebSocketCloseStatus status, string description, TimeSpan timeout)
    {
        var timer = timeProvider.CreateTimer(static s => ((LiveConnection)s!).Abort(), this, timeout, Timeout.InfiniteTimeSpan);
        if (Interlocked.CompareExchange(ref _abortTimer, timer, null) is not null)
        {
            timer.Dispose();
        }

        try
        {
            await CloseOutputAsync(status, description, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            Abort();
        }
    }

    public void Abort()
    {
        try
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _abortTimer, null)?.Dispose();
        socket.Dispose();
        _sendLock.Dispose();
    }
}
