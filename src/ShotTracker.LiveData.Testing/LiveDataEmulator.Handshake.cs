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
        var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _connectionsAccepted);
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var outcome = await new EmulatorConnection(this, socket, request).RunAsync(connectionCts.Token).ConfigureAwait(false);
        switch (outcome)
        {
            case ConnectionOutcome.Completed:
                Interlocked.Increment(ref _connectionsCompleted);
                break;
            case ConnectionOutcome.Dropped:
                Interlocked.Increment(ref _connectionsDropped);
                break;
        }
    }
}
