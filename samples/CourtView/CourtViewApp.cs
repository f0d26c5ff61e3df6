using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Redis;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// The app: serves the page and <c>/events</c> (Server-Sent Events) where <c>--urls</c>, <c>ASPNETCORE_URLS</c> or
/// <c>--port</c> say (127.0.0.1:5080 when none does), and follows one game from the emulator (<c>--demo</c>) or a real
/// endpoint.
/// </summary>
internal sealed class CourtViewApp : IAsyncDisposable
{
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--port"] = "CourtView:Port",
        ["--speed"] = "CourtView:Speed",
        ["--seed"] = "CourtView:Seed",
        ["--drop-every"] = "CourtView:DropEvery",
        ["--endpoint"] = "CourtView:Endpoint",
        ["--token"] = "CourtView:Token",
        ["--redis"] = "CourtView:Redis",
        ["--game"] = "CourtView:GameId",
    };

    private readonly WebApplication _web;
    private readonly CancellationTokenSource _stopping = new();
    private Task _feed = Task.CompletedTask;

    private CourtViewApp(WebApplication web, CourtViewOptions options, GameRelay relay)
    {
        _web = web;
        Options = options;
        Relay = relay;
    }

    public CourtViewOptions Options { get; }

    public GameRelay Relay { get; }

    /// <summary>Gets the emulator in demo mode (tests change its faults), else <see langword="null"/>.</summary>
    public LiveDataEmulator? Emulator { get; private set; }

    /// <summary>Gets the page's address on this machine, with the port actually bound (127.0.0.1 for a wildcard host).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Gets the addresses the server listens on, as Kestrel bound them.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    /// <summary>Gets the task that follows the game; it ends when the game does.</summary>
    public Task Feed => _feed;

    /// <summary>Runs until cancelled (Ctrl+C); returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        CourtViewApp app;
        try
        {
            app = await StartAsync(args, output, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync(ex.Message);
            await output.WriteLineAsync("usage: CourtView --demo [--speed N] [--seed N] [--drop-every N] [--port N | --urls URLS]\n       CourtView --endpoint wss://host/path [--token TOKEN] [--port N | --urls URLS]   (or the token in SHOTTRACKER_TOKEN; URLS also from ASPNETCORE_URLS)");
            return 2;
        }

        await using (app)
        {
            await output.WriteLineAsync($"Court view: open {app.Url} (listening on {string.Join(", ", app.Addresses)}; Ctrl+C to stop)");
            // Ctrl+C, or SIGTERM, which the host turns into ApplicationStopping.
            var lifetime = app._web.Services.GetRequiredService<IHostApplicationLifetime>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("Stopped.");
            }
        }

        return 0;
    }

    /// <summary>Starts serving and following the game.</summary>
    /// <exception cref="ArgumentException">The configuration is invalid.</exception>
    public static async Task<CourtViewApp> StartAsync(string[] args, TextWriter output, CancellationToken cancellationToken, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // Environment variables (CourtView__Token, Logging__LogLevel__Default) and the command line only: a test's
        // output folder may hold another app's appsettings.json.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args.Select(a => a == "--demo" ? "--CourtView:Demo=true" : a).ToArray(), SwitchMappings);
        configure?.Invoke(builder.Configuration);
        var options = builder.Configuration.GetSection(CourtViewOptions.SectionName).Get<CourtViewOptions>() ?? new CourtViewOptions();
        options.Token ??= Environment.GetEnvironmentVariable("SHOTTRACKER_TOKEN");
        if (options.Validate() is { } error)
        {
            throw new ArgumentException(error);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Only UseUrls, never Kestrel's Listen, so Kestrel has no reason to override (and warn about) the addresses.
        builder.WebHost.UseUrls(options.Port is { } port ? $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}" : Urls(builder.Configuration));
        var relay = new GameRelay();
        var web = builder.Build();
        var app = new CourtViewApp(web, options, relay);
        web.MapGet("/events", app.StreamEventsAsync);
        PageFiles.Map(web);

        await web.StartAsync(cancellationToken);
        app.Addresses = [.. web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];
        app.Url = PageUrl(app.Addresses[0]);

        Func<ILiveDataClient> client;
        if (options.Redis is not null)
        {
            // Behind a relay: the game comes from Redis, the same events as from the WebSocket.
            await output.WriteLineAsync($"Reading game {options.GameId} from Redis (configured by CourtView:Redis).");
            client = () => new RedisLiveDataClient(GameFeed.RedisClientOptions(options.Redis, options.GameId!, options.ReconnectDelay));
        }
        else if (options.Demo)
        {
            app.Emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
            {
                Game = new SyntheticGameOptions { Seed = options.Seed },
                Pace = options.Speed > 0 ? LiveDataReplayPace.Speed(options.Speed) : LiveDataReplayPace.AsFastAsPossible,
                Faults = new EmulatorFaults { DropEveryMessages = options.DropEvery },
            }, cancellationToken);
            await output.WriteLineAsync($"Emulator streaming a synthetic game (seed {options.Seed}, {(options.Speed > 0 ? $"{options.Speed}x" : "as fast as possible")}) at {app.Emulator.Endpoint}");
            var demo = GameFeed.ClientOptions(app.Emulator.Endpoint, app.Emulator.Token, insecure: true, options.ReconnectDelay);
            client = () => new LiveDataClient(demo);
        }
        else
        {
            var live = GameFeed.ClientOptions(options.Endpoint!, options.Token!, insecure: false, options.ReconnectDelay);
            client = () => new LiveDataClient(live);
        }

        app._feed = Task.Run(() => GameFeed.RunAsync(client(), relay, output, app._stopping.Token), CancellationToken.None);
        return app;
    }

    /// <summary>The URLs to serve: <c>--urls</c> (or a <c>urls</c> key), else <c>ASPNETCORE_URLS</c>, <c>DOTNET_URLS</c>, else the default.</summary>
    private static string Urls(IConfiguration configuration)
    {
        foreach (var key in (string[])["urls", "ASPNETCORE_URLS", "DOTNET_URLS"])
        {
            if (configuration[key] is { Length: > 0 } urls)
            {
                return urls;
            }
        }

        return CourtViewOptions.DefaultUrls;
    }

    /// <summary>Where a browser on this machine opens the page: a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) is 127.0.0.1.</summary>
    private static Uri PageUrl(string address)
    {
        var bound = new Uri(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
        var host = bound.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : bound.Host;
        return new UriBuilder(bound.Scheme, host, bound.Port, "/").Uri;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _feed.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Relay.Complete();
        await _web.StopAsync(CancellationToken.None);
        await _web.DisposeAsync();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }

        _stopping.Dispose();
    }

    /// <summary>GET /events[?hz=N]: the game as Server-Sent Events, the current state first.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var hz = int.TryParse(context.Request.Query["hz"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var asked) && asked > 0
            ? Math.Min(asked, Options.MaxRateHz)
            : Options.DefaultRateHz;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var slot = Relay.Subscribe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await new RelayConnection(context.Response.Body, slot, TimeSpan.FromSeconds(1.0 / hz), TimeProvider.System).RunAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The browser left or the app is stopping.
        }
        catch (IOException)
        {
            // The browser's connection broke mid-write.
        }
        finally
        {
            Relay.Unsubscribe(slot);
        }
    }
}
