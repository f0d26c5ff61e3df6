using Microsoft.AspNetCore.Http;
using ShotTracker.LiveData.Testing.Server;

namespace ShotTracker.LiveData.Testing;

/// <summary>The HTTP side: path, query, token check and the upgrade.</summary>
public sealed partial class LiveDataEmulator
{
    private int _connectionsAccepted;
    private int _handshakesRefused;
    private int _connectionsCompleted;
    private int _connectionsDropped;
    private int _pingsReceived;
    private long _messagesSent;

    internal void RecordPing() => Interlocked.Increment(ref _pingsReceived);

    internal void RecordSent() => Interlocked.Increment(ref _messagesSent);

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(TokenPathBase, StringComparison.Ordinal, out var gamePath))
        {
            await HandleTokenRequestAsync(context, gamePath).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(context.Request.Path.Value, _path, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        lock (_queryStrings)
        {
            _queryStrings.Add(context.Request.QueryString.Value ?? string.Empty);
        }

        if (!HandshakeRequest.TryParse(context.Request.Query, out var request, out var error))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error!, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!IsValidToken(request.Token))
        {
            Interlocked.Increment(ref _handshakesRefused);
            if (Faults.RefuseTokensWithClose1008 && context.WebSockets.IsWebSocketRequest)
            {
                await RefuseWithCloseAsync(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("A WebSocket upgrade is expected.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (request.LastSequence is { } lastSequence)
        {
            lock (_requestedLastSequences)
            {
                _requestedLastSequences.Add(lastSequence);
            }
        }

        // Disposed by the connection once its receive side has ended.
        var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { DangerousEnableCompression = _enableCompression }).ConfigureAwait(false);
        Interlocked.Increment(ref _connectionsAccepted);
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var outcome = await new EmulatorConnection(this, socket, request).RunAsync(connectionCts.Token).ConfigureAwait(false);
        switch (outcome)
        {
            case ConnectionOutcome.Completed:
                Interlocked.Increment(ref _connectionsCompleted);
                break;
            case ConnectionOutcome.Dropped or ConnectionOutcome.GoingAway:
                Interlocked.Increment(ref _connectionsDropped);
                break;
        }
    }

    private async Task RefuseWithCloseAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        try
        {
            await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, "invalid token", _stopping.Token)
                .WaitAsync(TimeSpan.FromSeconds(5), TimeProvider, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException or System.Net.WebSockets.WebSocketException)
        {
            // The client did not answer the close: the connection goes away with the handler.
        }
    }
}
