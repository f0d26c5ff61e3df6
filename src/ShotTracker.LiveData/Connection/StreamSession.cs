using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Diagnostics;
using ShotTracker.LiveData.Internal;
using ShotTracker.LiveData.Transport;

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

    public void Start() => _pump = Task.Run(RunAsync);

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

    /// <summary>Connects; after a lost connection inside a <c>reconnect</c> activity that ends when one is open again.</summary>
    private async Task<(LiveConnection? Connection, long? ResumedFrom, LiveDataAuthenticationException? Refusal)> ConnectAsync(ConnectionEnd previous, bool everConnected)
    {
        using var activity = everConnected ? LiveDataActivities.StartReconnect(previous.Reason, _acceptedSequence) : null;
        try
        {
            var result = await ConnectWithRetriesAsync(previous, everConnected, EmptyConnectionDelay()).ConfigureAwait(false);
            if (result.Refusal is { } refusal)
            {
                LiveDataActivities.SetError(activity, refusal);
            }

            return result;
        }
        catch (Exception ex)
        {
            LiveDataActivities.SetError(activity, ex);
            throw;
        }
    }

    private async Task<(LiveConnection? Connection, long? ResumedFrom, LiveDataAuthenticationException? Refusal)> ConnectWithRetriesAsync(
        ConnectionEnd previous, bool everConnected, TimeSpan firstDelay)
    {
        var attempt = 0;
        var reason = previous.Reason;
        var error = previous.Exception;
        return await _settings.ReconnectPipeline.ExecuteAsync(
            async cancellationToken =>
            {
                attempt++;
                _client.SetState(
                    everConnected ? LiveDataConnectionState.Reconnecting : LiveDataConnectionState.Connecting,
                    reason,
                    attempt: attempt,
                    closeStatus: attempt == 1 ? previous.CloseStatus : null,
                    closeStatusDescription: attempt == 1 ? previous.CloseStatusDescription : null,
                    exception: error);
                if (attempt == 1 && firstDelay > TimeSpan.Zero)
                {
                    await TimeCompat.DelayAsync(_settings.TimeProvider, firstDelay, cancellationToken).ConfigureAwait(false);
                }

                try
                {
                    return await AttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    reason = ex is TimeoutException ? LiveDataDisconnectReason.ConnectTimeout : LiveDataDisconnectReason.Error;
                    _counters.FailedAttempt(reason);
                    error = ex;
                    LiveDataClientLog.AttemptFailed(_logger, attempt, reason, ex);
                    throw;
                }
            },
            _stop.Token).ConfigureAwait(false);
    }

    private async ValueTask<(LiveConnection?, long?, LiveDataAuthenticationException?)> AttemptAsync(int attempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            var resumeFrom = _acceptedSequence;
            using var activity = LiveDataActivities.StartConnect(attempt, resumeFrom);
            Uri? uri = null;
            try
            {
                var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
                uri = ConnectionUri.Build(_settings, token, resumeFrom);
                LiveDataActivities.SetConnectUri(activity, uri);
                LiveDataClientLog.Connecting(_logger, ConnectionUri.Redact(uri), attempt);
                var socket = await WebSocketConnector.ConnectAsync(_settings, uri, cancellationToken).ConfigureAwait(false);
                return (new LiveConnection(socket, _settings.TimeProvider), resumeFrom, null);
            }
            catch (HandshakeRejectedException ex) when (ex.IsAuthenticationFailure)
            {
                LiveDataActivities.SetError(activity, ex);
                _counters.FailedAttempt(LiveDataDisconnectReason.AuthenticationFailed);
                if (++_authenticationFailures >= 2)
                {
                    return (null, null, new LiveDataAuthenticationException(
                        $"The service refused the subscription token (HTTP {ex.StatusCode}) at {ConnectionUri.Redact(uri ?? _settings.Endpoint)}, and a fresh token from the provider as well.",
                        ex.StatusCode,
                        closeStatus: null,
                        ex));
                }

                // Ask the provider again at once: a token that expired is refreshed without waiting for a backoff.
                LiveDataClientLog.TokenRefused(_logger, ex.StatusCode, null);
            }
            catch (Exception ex)
            {
                LiveDataActivities.SetError(activity, ex);
                throw;
            }
        }
    }

    private async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        using var activity = LiveDataActivities.StartToken();
        try
        {
            var token = await _settings.TokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(token))
            {
                throw new LiveDataException("The token provider returned a null or empty token.");
            }

            return token;
        }
        catch (Exception ex)
        {
            LiveDataActivities.SetError(activity, ex);
            throw;
        }
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
