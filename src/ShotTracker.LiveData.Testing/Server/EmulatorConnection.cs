using System.Net.WebSockets;

namespace ShotTracker.LiveData.Testing.Server;

/// <summary>
/// One accepted WebSocket: streams the timeline (honouring the source filter, <c>last_seq</c>, the pace and the
/// faults) while a receive loop answers pings and watches for the client's close.
/// </summary>
internal sealed partial class EmulatorConnection
{
    private static readonly byte[] Pong = "{\"type\":\"pong\"}"u8.ToArray();
    private static readonly byte[] UnknownSourceMessage =
        System.Text.Encoding.UTF8.GetBytes($"{{\"type\":\"data\",\"source\":\"{EmulatorFaults.UnknownSourceName}\",\"data\":{{\"note\":\"a source this client does not know\"}}}}");

    private readonly LiveDataEmulator _emulator;
    private readonly WebSocket _socket;
    private readonly HandshakeRequest _request;
    private readonly EmulatorFaults _faults;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _sent;
    private bool _closeSent;

    public EmulatorConnection(LiveDataEmulator emulator, WebSocket socket, HandshakeRequest request)
    {
        _emulator = emulator;
        _socket = socket;
        _request = request;
        _faults = emulator.Faults;
        _time = emulator.TimeProvider;
    }

    public async Task<ConnectionOutcome> RunAsync(CancellationToken cancellationToken)
    {
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveLoopAsync(connectionCts);
        ConnectionOutcome outcome;
        try
        {
            outcome = await StreamAsync(connectionCts.Token).ConfigureAwait(false);
            var closeStatus = outcome switch
            {
                ConnectionOutcome.Completed => WebSocketCloseStatus.NormalClosure,
                ConnectionOutcome.GoingAway => WebSocketCloseStatus.EndpointUnavailable,
                _ => (WebSocketCloseStatus?)null,
            };
            if (closeStatus is { } status && !await CloseAsync(status, connectionCts.Token).ConfigureAwait(false))
            {
                outcome = ConnectionOutcome.Ended;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or InvalidOperationException or IOException)
        {
            outcome = ConnectionOutcome.Ended;
        }

        if (outcome == ConnectionOutcome.Ended && !Volatile.Read(ref _closeSent))
        {
            // The client went away or the emulator is stopping: nothing is left to deliver.
            _socket.Abort();
            await receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return outcome;
        }

        if (outcome is ConnectionOutcome.Completed or ConnectionOutcome.GoingAway)
        {
            // Give the client the chance to answer the close handshake before the connection goes away.
            await receiving.WaitAsync(TimeSpan.FromSeconds(10), _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        // Completed, dropped, or closed by the client: return without aborting, so that Kestrel flushes everything
        // sent and ends TCP with a FIN. Aborting resets the connection, and the client's kernel then discards what it
        // has not read yet (even the 101 response): "drop after N messages" must mean the client received N. A drop
        // thus ends the connection without a close frame, which the client sees as a premature close (1006).
        _ = receiving.ContinueWith(static (_, socket) => ((WebSocket)socket!).Dispose(), _socket, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return outcome;
    }

    private async Task<ConnectionOutcome> StreamAsync(CancellationToken cancellationToken)
    {
        var timeline = _emulator.Timeline;
        var position = 0;
        await SendInjectedAsync(cancellationToken).ConfigureAwait(false);
        if (_request.LastSequence is { } lastSequence)
        {
            // Catch up: re-send the sequenced messages after last_seq up to where the game is now, at once; the
            // non-sequence sources then carry on from the current game time.
            var resume = ResumeIndex(timeline, lastSequence);
            var live = Math.Max(resume, _emulator.LivePosition);
            for (var i = resume; i < live; i++)
            {
                var message = timeline[i];
                if (message.Sequence is not null && _request.Wants(message)
                    && await SendMessageAsync(i, message, cancellationToken).ConfigureAwait(false) is { } end)
                {
                    return end;
                }

                if (DropsAt(message))
                {
                    return ConnectionOutcome.Dropped;
                }
            }

            position = live;
        }

        var baseOffset = position < timeline.Count ? timeline[position].Offset : TimeSpan.Zero;
        var started = _time.GetTimestamp();
        for (var i = position; i < timeline.Count; i++)
        {
            var message = timeline[i];
            if (_request.Wants(message))
            {
                var wait = _emulator.Pace.DueAfter(message.Offset - baseOffset) - _time.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }

                if (await SendMessageAsync(i, message, cancellationToken).ConfigureAwait(false) is { } end)
                {
                    _emulator.AdvanceLivePosition(i + 1);
                    return end;
                }
            }

            _emulator.AdvanceLivePosition(i + 1);
            if (DropsAt(message))
            {
                return ConnectionOutcome.Dropped;
            }
        }

        return ConnectionOutcome.Completed;
    }

    /// <summary>The index just after the last message whose <c>seq</c> is at most <paramref name="lastSequence"/>.</summary>
    private static int ResumeIndex(IReadOnlyList<EmulatedMessage> timeline, long lastSequence)
    {
        for (var i = timeline.Count - 1; i >= 0; i--)
        {
            if (timeline[i].Sequence is { } seq && seq <= lastSequence)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private bool DropsAt(EmulatedMessage message) =>
        message.Sequence is { } seq && _faults.DropAtSequences.Contains(seq) && _emulator.TryFireDropAt(seq);

    /// <summary>Sends one timeline message and whatever faults follow it; returns how the connection ends, if it must.</summary>
    private async Task<ConnectionOutcome?> SendMessageAsync(int index, EmulatedMessage message, CancellationToken cancellationToken)
    {
        if (_faults.MessageDelay > TimeSpan.Zero)
        {
            await Task.Delay(_faults.MessageDelay, _time, cancellationToken).ConfigureAwait(false);
        }

        var payload = message.Source == "broadcastsummary" && string.Equals(_request.SummaryLevel, GameStatsLevel.Name, StringComparison.OrdinalIgnoreCase)
            ? _emulator.GetGameStatsLevel(index)
            : message.Utf8Json;
        if (_faults.DataBeforeSource)
        {
            payload = EnvelopeOrder.DataFirst(payload);
        }

        await SendAsync(payload, cancellationToken).ConfigureAwait(false);
        _sent++;
        _emulator.RecordSent();
        await SendInjectedAsync(cancellationToken).ConfigureAwait(false);
        if (_faults.DropEveryMessages is { } every && _sent % every == 0)
        {
            return ConnectionOutcome.Dropped;
        }

        return _faults.GoingAwayAfterMessages is { } lifetime && _sent % lifetime == 0 ? ConnectionOutcome.GoingAway : null;
    }

    /// <summary>Sends the malformed or unknown-source frame when their turn has come.</summary>
    private async Task SendInjectedAsync(CancellationToken cancellationToken)
    {
        if (_faults.MalformedFrameAfterMessages == _sent)
        {
            await SendAsync(System.Text.Encoding.UTF8.GetBytes(EmulatorFaults.MalformedFrame), cancellationToken).ConfigureAwait(false);
        }

        if (_faults.UnknownSourceAfterMessages == _sent)
        {
            await SendAsync(UnknownSourceMessage, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closeSent)
            {
                throw new OperationCanceledException("The connection is closing.");
            }

            // Gateways may split a message into many frames; the lock keeps a pong from landing between them.
            var frame = _faults.MaxFrameBytes is > 0 and var max ? max : payload.Length;
            do
            {
                var size = Math.Min(frame, payload.Length);
                await _socket.SendAsync(payload[..size], WebSocketMessageType.Text, endOfMessage: size == payload.Length, cancellationToken).ConfigureAwait(false);
                payload = payload[size..];
            }
            while (!payload.IsEmpty);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
