using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>A real HTTP server (Kestrel on 127.0.0.1, port 0) that answers request n with a scripted response and records every request.</summary>
internal sealed class TestHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private TestHttpServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Gets <c>http://127.0.0.1:port</c>.</summary>
    public string BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Starts a server; <paramref name="respond"/> gets the 0-based request index and returns the status and JSON body.</summary>
    public static async Task<TestHttpServer> StartAsync(Func<int, (int Status, string Body)> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new TestHttpServer(app);
        app.Run(async context =>
        {
            var index = server._requests.Count;
            server._requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            var (status, body) = respond(index);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync().DefaultTimeout();
        server.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().TimeoutAfter(TimeSpan.FromSeconds(10));
        await _app.DisposeAsync();
    }

    internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers);
}
