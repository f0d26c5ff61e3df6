using ShotTracker.LiveData.Diagnostics;
using ShotTracker.LiveData.Internal;
using ShotTracker.LiveData.Transport;

namespace ShotTracker.LiveData.Connection;

/// <content>Connecting: the reconnect pipeline around attempts, each a token fetch and a WebSocket handshake.</content>
internal sealed partial class StreamSession
{
    /// <summary>
    /// Connects; after a lost connection inside a <c>reconnect</c> activity (a trace root linked to the stream's origin)
    /// that ends when one is open again. Activity.Current is this method's own: the caller's is untouched.
    /// </summary>
    private async Task<(LiveConnection? Connection, long? ResumedFrom, LiveDataAuthenticationException? Refusal)> ConnectAsync(ConnectionEnd previous, bool everConnected)
    {
        using var activity = everConnected ? LiveDataActivities.StartReconnect(previous.Reason, _acceptedSequence, _origin) : null;
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
}
