using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Diagnostics;

namespace ShotTracker.LiveData.Connection;

/// <summary>
/// One run of <see cref="LiveDataClient.StreamAsync(CancellationToken)"/>: connects, reads, reconnects and resumes
/// until the service ends the event, the user stops, or it fails; the consumer reads from <see cref="EventBuffer"/>.
/// </summary>
internal sealed partial class StreamSession
{
    private readonly LiveDataClient _client;
    private readonly ClientSettings _settings;
    private readonly ClientCounters _counters;
    private readonly ILogger _logger;
    private readonly EventBuffer _buffer;
    private static readonly Random Jitter = new();
    private readonly CancellationTokenSource _stop = new();
    private long? _acceptedSequence;
    private int _authenticationFailures;
    private long _messagesOnConnection;
    private int _emptyConnections;
    private Task? _pump;
    private ActivityContext _origin;

    public StreamSession(LiveDataClient client, ClientSettings settings, ClientCounters counters, ILogger logger, long? startSequence)
    {
        _client = client;
        _settings = settings;
        _counters = counters;
        _logger = logger;
        _buffer = new EventBuffer(settings.EventBufferCapacity);
        _acceptedSequence = startSequence;
    }

    /// <summary>Gets how many events wait for the consumer.</summary>
    public int PendingEvents => _buffer.Count;

    /// <summary>Starts the pump; the activity current now is the one reconnects link back to.</summary>
    public void Start()
    {
        _origin = Activity.Current?.Context ?? default;
        _pump = Task.Run(RunAsync);
    }

    public ValueTask<LiveDataEvent?> ReadAsync(CancellationToken cancellationToken) => _buffer.ReadAsync(cancellationToken);

    /// <summary>Stops the session (graceful close, bounded by the close timeout) and waits until nothing runs.</summary>
    public async Task StopAsync()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already stopped.
        }

        if (_pump is { } pump)
        {
            await pump.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var previous = new ConnectionEnd(LiveDataDisconnectReason.None);
        var everConnected = false;
        try
        {
            while (true)
            {
                var (connection, resumedFrom, refusal) = await ConnectAsync(previous, everConnected).ConfigureAwait(false);
                if (refusal is not null)
                {
                    Fail(LiveDataDisconnectReason.AuthenticationFailed, refusal);
                    return;
                }

                if (everConnected)
                {
                    _counters.Reconnect(previous.Reason);
                }

                everConnected = true;
                _messagesOnConnection = 0;
                var end = await RunConnectionAsync(connection!, resumedFrom, previous.Reason).ConfigureAwait(false);
                _emptyConnections = _messagesOnConnection == 0 ? _emptyConnections + 1 : 0;
                switch (end.Reason)
                {
                    case LiveDataDisconnectReason.ByUser:
                        Close(end);
                        return;
                    case LiveDataDisconnectReason.ServerClosed when end.CloseStatus == WebSocketCloseStatus.NormalClosure:
                        Close(end);
                        return;
                    case LiveDataDisconnectReason.MessageTooLarge:
                        Fail(end.Reason, end.Exception!);
                        return;
                    case LiveDataDisconnectReason.AuthenticationFailed:
                        if (++_authenticationFailures >= 2)
                        {
                            Fail(end.Reason, new LiveDataAuthenticationException(
                                $"The service closed the connection with status {(int)WebSocketCloseStatus.PolicyViolation} (policy violation) for a fresh token as well; the token is refused.",
                                httpStatusCode: null,
                                WebSocketCloseStatus.PolicyViolation));
                            return;
                        }

                        LiveDataClientLog.TokenRefused(_logger, null, end.CloseStatus);
                        break;
                    default:
                        LiveDataClientLog.ConnectionLost(_logger, end.Reason, end.CloseStatus, end.Exception);
                        break;
                }

                previous = end;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            Close(new ConnectionEnd(LiveDataDisconnectReason.ByUser));
        }
        catch (Exception ex)
        {
            // The reconnect pipeline gave up (attempts exhausted) or a token provider failed.
            Fail(LiveDataDisconnectReason.Error, ex);
        }
    }

    /// <summary>
    /// After a lost connection the first attempt starts at once, unless connections keep ending before they deliver
    /// anything (a server that accepts and drops at once): then the attempts back off as failed ones do, instead of
    /// storming the server.
    /// </summary>
    private TimeSpan EmptyConnectionDelay()
    {
        if (_emptyConnections == 0)
        {
            return TimeSpan.Zero;
        }

        var backoff = _settings.Backoff;
        var exponent = Math.Min(_emptyConnections - 1, 30);
        var ticks = Math.Min(backoff.BaseDelay.Ticks * Math.Pow(2, exponent), backoff.MaxDelay.Ticks);
        if (backoff.UseJitter)
        {
            lock (Jitter)
            {
                ticks *= 0.75 + (Jitter.NextDouble() * 0.5);
            }
        }

        return TimeSpan.FromTicks((long)Math.Min(ticks, backoff.MaxDelay.Ticks));
    }

    private void Close(ConnectionEnd end)
    {
        LiveDataClientLog.StreamEnded(_logger, end.Reason, end.CloseStatus);
        _client.SetState(LiveDataConnectionState.Closed, end.Reason, closeStatus: end.CloseStatus, closeStatusDescription: end.CloseStatusDescription);
        _buffer.Complete();
    }

    private void Fail(LiveDataDisconnectReason reason, Exception exception)
    {
        if (reason == LiveDataDisconnectReason.AuthenticationFailed)
        {
            LiveDataClientLog.AuthenticationFailed(_logger);
        }
        else
        {
            LiveDataClientLog.StreamFailed(_logger, reason, exception);
        }

        _client.SetState(LiveDataConnectionState.Closed, reason, exception: exception);
        _buffer.Complete(exception);
    }
}
