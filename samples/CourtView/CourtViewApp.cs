using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>
/// The app: serves the page and <c>/events</c> (Server-Sent Events) on 127.0.0.1, and follows one game from the
/// emulator (<c>--demo</c>) or a real endpoint.
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

    /// <summary>Gets the page's address, with the port actually bound.</summary>
    public Uri Url { get; private set; } = null!;

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
            await output.WriteLineAsync("usage: CourtView --demo [--speed N] [--seed N] [--drop-every N] [--port N]\n       CourtView --endpoint wss://host/path [--token TOKEN] [--port N]   (or the token in SHOTTRACKER_TOKEN)");
            return 2;
        }

        await using (app)
        {
            await output.WriteLineAsync($"Court view: open {app.Url} (Ctrl+C to stop)");
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
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var relay = new GameRelay();
        var web = builder.Build();
        var app = new CourtViewApp(web, options, relay);
        web.MapGet("/events", app.StreamEventsAsync);
        PageFiles.Map(web);

        await web.StartAsync(cancellationToken);
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        app.Url = new Uri($"http://127.0.0.1:{new Uri(address).Port.ToString(CultureInfo.InvariantCulture)}/");

        LiveDataClientOptions client;
        if (options.Demo)
        {
            app.Emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
            {
                Game = new SyntheticGameOptions { Seed = options.Seed },
                Pace = options.Speed > 0 ? LiveDataReplayPace.Speed(options.Speed) : LiveDataReplayPace.AsFastAsPossible,
                Faults = new EmulatorFaults { DropEveryMessages = options.DropEvery },
            }, cancellationToken);
            await output.WriteLineAsync($"Emulator streaming a synthetic game (seed {options.Seed}, {(options.Speed > 0 ? $"{options.Speed}x" : "as fast as possible")}) at {app.Emulator.Endpoint}");
            client = GameFeed.ClientOptions(app.Emulator.Endpoint, app.Emulator.Token, insecure: true, options.ReconnectDelay);
        }
        else
        {
            client = GameFeed.ClientOptions(options.Endpoint!, options.Token!, insecure: false, options.ReconnectDelay);
        }

        app._feed = Task.Run(() => GameFeed.RunAsync(client, relay, output, app._stopping.Token), CancellationToken.None);
        return app;
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
