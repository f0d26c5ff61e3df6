using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Internal.Diagnostics;

namespace ShotTracker.LiveData.Internal.Connection;

/// <summary>
/// The WebSocket feed: the connection's lifecycle for one run of a client's stream (shared by its concurrent
/// subscribers). Connect with the reconnect policy, keep alive, read each message into the <see cref="MessageIngest"/>,
/// reconnect and resume, and close, until the service ends the event, the client stops, or the stream fails. It
/// reports state changes to the <see cref="ClientState"/> below it and never calls the client above it.
/// </summary>
internal sealed partial class ConnectionLifecycle : IMessageFeed
{
    private readonly ClientSettings _settings;
    private readonly ClientState _state;
    private readonly ClientCounters _counters;
    private readonly MessageIngest _ingest;
    private readonly ILogger _logger;
    private CancellationTokenSource _stop = null!; // linked to the run's stop in RunAsync; also set when nobody is left to feed
    private int _authenticationFailures;
    private bool _everOpened; // a connection of this stream was open: later attempts are reconnecting
    private bool _everDelivered; // a connection of this stream delivered: later ones that deliver count as reconnects
    private readonly bool _goesOn; // the client delivered before, or resumes after a sequence: no first-connection rule
    private LiveDataDisconnectReason _lastDisconnect;
    private Exception? _failure;
    private ActivityContext _origin;

    public ConnectionLifecycle(ClientSettings settings, ClientState state, MessageIngest ingest, ILogger logger)
    {
        _settings = settings;
        _state = state;
        _counters = state.Counters;
        _ingest = ingest;
        _logger = logger;

        // A second StreamAsync on a client that delivered, or a client built from a saved sequence (a checkpoint, a
        // restarted worker), goes on with a game the service has already served: its failures are reconnects.
        _goesOn = _state.HasDelivered || state.ResumePoint.Value is not null;
    }

    /// <inheritdoc />
    public async Task<Exception?> RunAsync(CancellationToken stopping)
    {
        // The activity current when the run started (it flows here) is the one reconnects link back to.
        _origin = Activity.Current?.Context ?? default;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _stop = stop;
        var previous = new ConnectionEnd(LiveDataDisconnectReason.None);
        try
        {
            while (true)
            {
                var outcome = await ConnectAsync(previous).ConfigureAwait(false);
                if (outcome.Failure is { } failure)
                {
                    Fail(outcome.FailureReason, failure);
                    return _failure;
                }

                var end = outcome.Connection is { } open ? await ReadToEndAsync(open).ConfigureAwait(false) : outcome.End;
                switch (end.Reason)
                {
                    case LiveDataDisconnectReason.ByUser:
                        Close(end);
                        return _failure;
                    case LiveDataDisconnectReason.ServerClosed when end.CloseStatus == WebSocketCloseStatus.NormalClosure:
                        Close(end);
                        return _failure;
                    case LiveDataDisconnectReason.MessageTooLarge:
                        Fail(end.Reason, end.Exception!);
                        return _failure;
                    case LiveDataDisconnectReason.AuthenticationFailed:
                        if (++_authenticationFailures >= 2)
                        {
                            Fail(end.Reason, new LiveDataAuthenticationException(
                                $"The service closed the connection with status {(int)WebSocketCloseStatus.PolicyViolation} (policy violation) for a fresh token as well; the token is refused.",
                                statusCode: null,
                                WebSocketCloseStatus.PolicyViolation));
                            return _failure;
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
        catch (LiveDataException ex)
        {
            // The reconnect policy gave up (attempts exhausted, or a permanent token error) with the last failure.
            Fail(ex is ConnectionWithoutProgressException withoutProgress ? withoutProgress.End.Reason : LiveDataDisconnectReason.Error, ex);
        }
        catch (Exception ex)
        {
            // Only LiveDataException types leave the stream: anything else (a user pipeline's own exception, a bug)
            // is wrapped, keeping the original as the inner exception.
            // ArgumentException (a misconfigured socket hook or header) is the app's bug and leaves as it is.
            Fail(LiveDataDisconnectReason.Error, ex is ArgumentException ? ex : new LiveDataException($"The stream failed: {ex.GetType().Name}.", ex));
        }

        return _failure;
    }

    private void Close(ConnectionEnd end)
    {
        LiveDataClientLog.StreamEnded(_logger, end.Reason, end.CloseStatus);
        _state.Set(LiveDataConnectionState.Closed, end.Reason, closeStatus: end.CloseStatus, closeStatusDescription: end.CloseStatusDescription);
    }

    private void Fail(LiveDataDisconnectReason reason, Exception exception)
    {
        if (reason == LiveDataDisconnectReason.AuthenticationFailed)
        {
            LiveDataClientLog.AuthenticationFailed(_logger);
        }
        else
        {
            // What was logged where it was owned is named here, not logged with its stack trace a second time.
            LiveDataClientLog.StreamFailed(_logger, reason, exception.Message, LoggedExceptions.IsLogged(exception) ? null : exception);
        }

        _state.Set(LiveDataConnectionState.Closed, reason, exception: exception);
        _failure = exception;
    }
}
