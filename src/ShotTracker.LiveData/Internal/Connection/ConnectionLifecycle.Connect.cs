using ShotTracker.LiveData.Internal.Diagnostics;
using ShotTracker.LiveData.Internal.Transport;

namespace ShotTracker.LiveData.Internal.Connection;

/// <content>
/// Connecting: one run of the reconnect policy covers every attempt, from the token fetch and handshake until the
/// connection delivers something new. A failed handshake and a connection that ends without progress are both failed
/// attempts, so both back off under the same policy.
/// </content>
internal sealed partial class ConnectionLifecycle
{
    /// <summary>
    /// Connects; after a lost connection inside a <c>reconnect</c> activity (a trace root linked to the stream's origin)
    /// that ends when a connection delivers again. Activity.Current is this method's own: the caller's is untouched.
    /// </summary>
    private async Task<ConnectOutcome> ConnectAsync(ConnectionEnd previous)
    {
        using var activity = _everOpened ? LiveDataActivities.StartReconnect(previous.Reason, _ingest.AcceptedSequence, _origin) : null;
        try
        {
            var outcome = await ConnectWithRetriesAsync(previous).ConfigureAwait(false);
            if (outcome.Failure is { } failure)
            {
                LiveDataActivities.SetError(activity, failure);
            }

            return outcome;
        }
        catch (Exception ex)
        {
            LiveDataActivities.SetError(activity, ex);
            throw;
        }
    }

    private async Task<ConnectOutcome> ConnectWithRetriesAsync(ConnectionEnd previous)
    {
        var attempt = 0;
        var last = previous;
        return await _settings.ReconnectPipeline.ExecuteAsync(
            async cancellationToken =>
            {
                attempt++;
                _state.Set(
                    _everOpened ? LiveDataConnectionState.Reconnecting : LiveDataConnectionState.Connecting,
                    last.Reason,
                    attempt: attempt,
                    closeStatus: last.CloseStatus,
                    closeStatusDescription: last.CloseStatusDescription,
                    exception: last.Exception);

                OpenConnection connection;
                try
                {
                    var (opened, refusal) = await AttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
                    if (refusal is not null)
                    {
                        return ConnectOutcome.Refused(refusal);
                    }

                    connection = opened!;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    var reason = ex is LiveDataConnectTimeoutException ? LiveDataDisconnectReason.ConnectTimeout : LiveDataDisconnectReason.Error;
                    last = new ConnectionEnd(reason, Exception: ex);
                    _counters.FailedAttempt(reason);
                    if (!LoggedExceptions.IsLogged(ex))
                    {
                        // Logged once, where it is owned: the HTTP token provider logs its own failures.
                        LiveDataClientLog.AttemptFailed(_logger, attempt, reason, ex);
                    }

                    if (ex is LiveDataException failure && EndsFirstConnection(failure, attempt))
                    {
                        return ConnectOutcome.Failed(failure, reason);
                    }

                    throw;
                }

                var (outcome, ended) = await ReadUntilProgressAsync(connection, last.Reason).ConfigureAwait(false);
                if (outcome is { } progressedOrFinal)
                {
                    return progressedOrFinal;
                }

                // Ended before delivering anything new: a failed attempt, so the policy waits before the next one.
                last = ended;
                _counters.FailedAttempt(ended.Reason);
                LiveDataClientLog.ConnectionWithoutProgress(_logger, attempt, ended.Reason, ended.CloseStatus, ended.Exception);
                var withoutProgress = new ConnectionWithoutProgressException(ended);
                return EndsFirstConnection(withoutProgress, attempt) ? ConnectOutcome.Failed(withoutProgress, ended.Reason) : throw withoutProgress;
            },
            _stop.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Gets whether a failed attempt ends a stream that has not delivered yet, outside the reconnect policy (a
    /// <see cref="LiveDataClientOptions.ReconnectPipeline"/> too): see <see cref="FirstConnection"/>.
    /// </summary>
    private bool EndsFirstConnection(LiveDataException failure, int attempt) =>
        !_everDelivered && !_goesOn && (FirstConnection.IsPermanent(failure) || attempt >= _settings.FirstConnectionAttempts);

    private async ValueTask<(OpenConnection?, LiveDataAuthenticationException?)> AttemptAsync(int attempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            var resumeFrom = _ingest.AcceptedSequence;
            using var activity = LiveDataActivities.StartConnect(attempt, resumeFrom);
            Uri? uri = null;
            try
            {
                var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
                uri = ConnectionUri.Build(_settings.Query, token, resumeFrom);
                LiveDataActivities.SetConnectUri(activity, uri);
                LiveDataClientLog.Connecting(_logger, RedactedUri.Of(uri), attempt);
                var socket = await WebSocketConnector.ConnectAsync(_settings.Socket, uri, cancellationToken).ConfigureAwait(false);
                var connection = new LiveConnection(socket, _settings.TimeProvider);
                return (new OpenConnection(connection, resumeFrom, _settings, _counters, _logger, _stop.Token), null);
            }
            catch (LiveDataHandshakeException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                LiveDataActivities.SetError(activity, ex);
                _counters.FailedAttempt(LiveDataDisconnectReason.AuthenticationFailed);
                var status = (int)ex.StatusCode;
                if (++_authenticationFailures >= 2)
                {
                    return (null, new LiveDataAuthenticationException(
                        $"The service refused the subscription token (HTTP {status}) at {RedactedUri.Of(uri ?? _settings.Endpoint)}, and a fresh token from the provider as well.",
                        ex.StatusCode,
                        closeStatus: null,
                        ex));
                }

                // Ask the provider again at once: a token that expired is refreshed without waiting for a backoff.
                LiveDataClientLog.TokenRefused(_logger, status, null);
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
                throw new LiveDataTokenException("The token provider returned a null or empty token.", statusCode: null);
            }

            return token;
        }
        catch (Exception ex) when (ex is not LiveDataException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // A user-supplied provider may throw anything (an HttpClient timeout is a TaskCanceledException); the stream
            // reports only LiveDataException types. Transient (no status), so the reconnect policy tries again.
            LiveDataActivities.SetError(activity, ex);
            throw new LiveDataTokenException($"The token provider failed: {ex.GetType().Name}.", statusCode: null, ex);
        }
        catch (Exception ex)
        {
            LiveDataActivities.SetError(activity, ex);
            throw;
        }
    }
}
