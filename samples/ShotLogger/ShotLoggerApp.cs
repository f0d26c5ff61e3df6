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
    /// <param name="errors">Where configuration errors are written; the default is standard error.</param>
    /// <param name="cancellationToken">Stops the host, as Ctrl+C does.</param>
    public static async Task<int> RunAsync(
        string[] args, Action<ILoggingBuilder>? configureLogging = null, TextWriter? errors = null, CancellationToken cancellationToken = default)
    {
        var (demo, speed, seed, hostArgs) = ParseDemoArguments(args);
        await using var emulator = demo
            ? await LiveDataEmulator.StartAsync(
                new LiveDataEmulatorOptions
                {
                    Game = new SyntheticGameOptions { Seed = seed },
                    Pace = speed is { } s ? LiveDataReplayPace.Speed(s) : LiveDataReplayPace.AsFastAsPossible,
                    TokenApiKey = DemoApiKey,
                },
                cancellationToken)
            : null;

        using var host = Build(hostArgs, emulator, configureLogging);
        var outcome = host.Services.GetRequiredService<ShotLoggerOutcome>();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ConfigurationErrors(ex) is { Count: > 0 } problems)
        {
            // Options are bound and validated when the host starts (ValidateOnStart): a missing game id, an endpoint
            // that is not wss:// or an unreadable value stops it before anything connects.
            errors ??= Console.Error;
            foreach (var problem in problems)
            {
                await errors.WriteLineAsync($"Invalid configuration: {problem}");
            }

            return 2;
        }

        await host.WaitForShutdownAsync(cancellationToken);
        return outcome.ExitCode;
    }

    /// <summary>Gets the messages of a start-up failure caused by configuration, or none for any other failure.</summary>
    private static IReadOnlyList<string> ConfigurationErrors(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures.ToArray(),
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            aggregate.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures).ToArray(),

        // Binding: the SDK's binder names the key of an unreadable value, as does the configuration binder.
        InvalidOperationException or FormatException => [exception.Message],
        _ => [],
    };

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
        // Microsoft.Extensions.Http.Resilience (timeouts, retries with backoff, circuit breaker). In appsettings.json
        // the provider's own retries are off (LiveData:Tokens:MaxRetryAttempts 0), so the two do not multiply, and its
        // AttemptTimeout (35 s) is above the handler's total request timeout (30 s), so the handler's retries get to run.
        builder.Services.AddShotTrackerLiveData(builder.Configuration.GetSection("LiveData"))
            .AddHttpTokenProvider(builder.Configuration.GetSection("LiveData:Tokens"))
            .AddStandardResilienceHandler(builder.Configuration.GetSection("LiveData:TokenResilience"));

        builder.Services.AddOptions<ShotLoggerOptions>()
            .BindConfiguration(ShotLoggerOptions.SectionName)
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
