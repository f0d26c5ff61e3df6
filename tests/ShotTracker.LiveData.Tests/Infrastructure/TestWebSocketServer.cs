using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>
/// A real WebSocket server (Kestrel on 127.0.0.1, port 0) inside the test process, scripted per test: each accepted
/// connection runs <c>script</c>; every request's query string and every client message are recorded.
/// </summary>
internal sealed class TestWebSocketServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ServerConnection> _connections = new();
    private readonly ConcurrentQueue<string> _requestQueries = new();
    private int _requests;

    private TestWebSocketServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Gets the <c>ws://127.0.0.1:port/live</c> endpoint.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Gets the raw query string of every request, handshakes that were refused included, in order.</summary>
    public IReadOnlyList<string> RequestQueries => _requestQueries.ToArray();

    /// <summary>Gets every accepted WebSocket connection, in order.</summary>
    public IReadOnlyList<ServerConnection> Connections => _connections.ToArray();

    /// <summary>Gets the number of handshake requests, refused ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>
    /// Starts a server. <paramref name="rejectHandshake"/> may answer request n (0-based) with an HTTP status instead
    /// of upgrading; <paramref name="configure"/> sets protocol keep-alive or compression.
    /// </summary>
    public static async Task<TestWebSocketServer> StartAsync(
        Func<ServerConnection, Task> script,
        Func<int, int?>? rejectHandshake = null,
        Action<WebSocketAcceptContext>? configure = null,
        Action<Microsoft.AspNetCore.Builder.WebSocketOptions>? configureMiddleware = null,
        Func<int, CancellationToken, Task>? beforeHandshake = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new TestWebSocketServer(app);
        var middleware = new Microsoft.AspNetCore.Builder.WebSocketOptions();
        configureMiddleware?.Invoke(middleware);
        app.UseWebSockets(middleware);
        app.Run(async context =>
        {
            if (beforeHandshake is not null)
            {
                // May hold request n (0-based) before it is answered, until the client gives up on it.
                await beforeHandshake(server.Requests, context.RequestAborted);
            }

            await server.HandleAsync(context, script, rejectHandshake, configure);
        });
        await app.StartAsync().DefaultTimeout();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/live");
        return server;
    }

    /// <summary>Waits until connection <paramref name="index"/> (0-based) has been accepted.</summary>
    public async Task<ServerConnection> WaitForConnectionAsync(int index)
    {
        await Wait.UntilAsync(() => _connections.Count > index, $"connection {index} was accepted");
        return Connections[index];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            connection.Abort();
        }

        await _app.StopAsync().TimeoutAfter(TimeSpan.FromSeconds(10));
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, Func<ServerConnection, Task> script, Func<int, int?>? reject, Action<WebSocketAcceptContext>? configure)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        _requestQueries.Enqueue(context.Request.QueryString.Value ?? string.Empty);
        if (reject?.Invoke(index) is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var acceptContext = new WebSocketAcceptContext();
        configure?.Invoke(acceptContext);
        var extensions = context.Request.Headers["Sec-WebSocket-Extensions"].ToString();
        using var socket = await context.WebSockets.AcceptWebSocketAsync(acceptContext);
        var connection = new ServerConnection(context, socket, _connections.Count, extensions);
        _connections.Enqueue(connection);
        var receive = connection.ReceiveLoopAsync();
        try
        {
            await script(connection);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException)
        {
            // The client went away while the script was sending: the test looks at what the client saw.
        }

        // The connection stays open (a quiet feed) until the client closes or aborts it.
        await receive;
    }
}
