using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>Builds and runs the host: the registration an app of your own would have, plus the demo's emulator.</summary>
internal static class ShotLoggerApp
{
    private const string DemoGameId = "demo-game";
    private const string DemoApiKey = "demo-api-key";

    /// <summary>Runs the worker until the game ends or the host is stopped; returns the exit code.</summary>
    /// <param name="args">
    /// <c>--demo [--speed N|max] [--seed N]</c> for a synthetic game from the emulator; every other argument is host
    /// configuration (<c>--ShotLogger:GameId=1234</c>, <c>--LiveData:Endpoint=wss://…</c>).
    /// </param>
    /// <param name="configureLogging">Adds logging providers (tests capture the log here).</param>
    /// <param name="cancellationToken">Stops the host, as Ctrl+C does.</param>
    public static async Task<int> RunAsync(string[] args, Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        var (demo, speed, seed, hostArgs) = ParseDemoArguments(args);
        await using var emulator = demo
            ? await LiveDataEmulator.StartAsync(
                new LiveDataEmulatorOptions
                {
                    Game = new SyntheticGameOptions { Seed = seed },
                    Pace = speed is { } s ? EmulatorPace.Accelerated(s) : EmulatorPace.AsFastAsPossible,
                    TokenApiKey = DemoApiKey,
                },
                cancellationToken)
            : null;

        using var host = Build(hostArgs, emulator, configureLogging);
        var outcome = host.Services.GetRequiredService<ShotLoggerOutcome>();
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            // ValidateOnStart: a missing game id or endpoint stops the host before anything connects.
            await Console.Error.WriteLineAsync($"Invalid configuration: {ex.Message}");
            return 2;
        }

        return outcome.ExitCode;
    }

    private static IHost Build(string[] args, LiveDataEmulator? emulator, Action<ILoggingBuilder>? configureLogging)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // appsettings.json beside the binary, wherever `dotnet run` was started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (emulator is not null)
        {
            // The demo points the very same registration at the emulator: its WebSocket and its token endpoint.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["LiveData:Endpoint"] = emulator.Endpoint.AbsoluteUri,
                ["LiveData:AllowInsecureTransport"] = "true",
                ["LiveData:Tokens:RequestUriTemplate"] = emulator.TokenUriTemplate,
                ["LiveData:Tokens:Headers:X-Api-Key"] = DemoApiKey,
                ["ShotLogger:GameId"] = DemoGameId,
            });
        }

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        configureLogging?.Invoke(builder.Logging);

        // The SDK: options from the LiveData section, validated when the host starts, and one token per game
        // from the token service over IHttpClientFactory, behind the standard resilience pipeline of
        // Microsoft.Extensions.Http.Resilience (timeouts, retries with backoff, circuit breaker). The provider's own
        // retries are off (LiveData:Tokens:MaxRetryAttempts is 0 in appsettings.json) so the two do not multiply.
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"))
            .AddStandardResilienceHandler(builder.Configuration.GetSection("LiveData:TokenResilience"));

        builder.Services.AddOptions<ShotLoggerOptions>()
            .Configure<IConfiguration>(static (o, configuration) =>
            {
                var section = configuration.GetSection(ShotLoggerOptions.SectionName);
                o.GameId = section[nameof(ShotLoggerOptions.GameId)] ?? o.GameId;
                if (section[nameof(ShotLoggerOptions.StopWhenGameEnds)] is { } stop)
                {
                    o.StopWhenGameEnds = bool.Parse(stop);
                }
            })
            .Validate(static o => !string.IsNullOrWhiteSpace(o.GameId), "ShotLogger:GameId is required: the game to follow (for example --ShotLogger:GameId=1234).")
            .ValidateOnStart();
        builder.Services.AddSingleton<ShotLoggerOutcome>();
        builder.Services.AddHostedService<ShotLoggerService>();
        return builder.Build();
    }

    private static (bool Demo, double? Speed, int Seed, string[] HostArgs) ParseDemoArguments(string[] args)
    {
        var demo = false;
        double? speed = 60;
        var seed = 2026;
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--demo":
                    demo = true;
                    break;
                case "--speed" when i + 1 < args.Length:
                    speed = args[++i] is "max" ? null : double.Parse(args[i], CultureInfo.InvariantCulture);
                    break;
                case "--seed" when i + 1 < args.Length:
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    hostArgs.Add(args[i]);
                    break;
            }
        }

        return (demo, speed, seed, hostArgs.ToArray());
    }
}
