using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using ShotTracker.LiveData.Redis.Tests.Infrastructure;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests.Readme;

/// <summary>
/// Programs taken from the README and the documentation site's articles as they stand, run in this process with
/// the arguments and the appsettings.json the text gives, against the emulator.
/// </summary>
/// <remarks>
/// What they print goes to a <c>Console</c> class compiled in with them: in the global namespace it is found before
/// <c>System.Console</c>, so the program's text is unchanged.
/// </remarks>
public sealed class ReadmeProgramTests : IDisposable
{
    private const string CapturedConsole = """
        internal static class Console
        {
            public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Lines = new();

            public static void WriteLine(string? value) => Lines.Enqueue(value ?? "");

            public static void WriteLine(object? value) => Lines.Enqueue(value?.ToString() ?? "");
        }
        """;

    /// <summary>The quick start's client, with <c>AllowInsecureTransport</c> set as the README tells a reader pointing it at <c>ws://</c>.</summary>
    private const string InsecureQuickStartClient = """
        using ShotTracker.LiveData;

        internal sealed class LiveDataClient(LiveDataClientOptions options) : System.IAsyncDisposable
        {
            private readonly ShotTracker.LiveData.LiveDataClient _client = new(Insecure(options));

            public System.Collections.Generic.IAsyncEnumerable<LiveDataEvent> StreamAsync() => _client.StreamAsync();

            public System.Threading.Tasks.ValueTask DisposeAsync() => _client.DisposeAsync();

            private static LiveDataClientOptions Insecure(LiveDataClientOptions options)
            {
                options.AllowInsecureTransport = true;
                return options;
            }
        }
        """;

    /// <summary>
    /// The generic host of a relay worker, which stops by itself once the relay has written the end of every game
    /// (a relay host otherwise runs until it is told to stop). In the global namespace it is found before
    /// <c>Microsoft.Extensions.Hosting.Host</c>, so the program's text is unchanged.
    /// </summary>
    private const string RelayHostThatStopsWhenTheGamesEnd = """
        using ShotTracker.LiveData.Redis;

        internal static class Host
        {
            public static HostApplicationBuilder CreateApplicationBuilder(string[] args)
            {
                var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args);
                builder.Services.AddHostedService(services => new StopWhenTheGamesEnd(services, services.GetRequiredService<IHostApplicationLifetime>()));
                return builder;
            }
        }

        internal sealed class StopWhenTheGamesEnd(System.IServiceProvider services, IHostApplicationLifetime lifetime) : BackgroundService
        {
            protected override async System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken)
            {
                var relay = System.Linq.Enumerable.Single(System.Linq.Enumerable.OfType<LiveDataRedisRelay>(services.GetServices<IHostedService>()));
                while (relay.GetStatistics().GamesEnded < relay.Games.Count)
                {
                    await System.Threading.Tasks.Task.Delay(50, stoppingToken);
                }

                lifetime.StopApplication();
            }
        }
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("readme-program-").FullName;

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task QuickStart_AgainstTheEmulator_PrintsEveryShotAndClock()
    {
        await using var emulator = await StartEmulatorAsync();

        var lines = await RunAsync(Block("Quick start"), [emulator.Endpoint.AbsoluteUri, emulator.Token], InsecureQuickStartClient);

        lines.Should().HaveCount(emulator.Timeline.Count(m => m.Source is "chart" or "clock"));
        lines.Where(l => l.StartsWith('#')).Should().HaveCount(emulator.Timeline.Count(m => m.Source == "chart"))
            .And.AllSatisfy(l => l.Should().MatchRegex(@"^#\d+ \d+: (Make|Miss), \d pts$"));
    }

    [Fact]
    public async Task GameState_AgainstTheEmulator_PrintsTheScoreUpToTheFinal()
    {
        await using var emulator = await StartEmulatorAsync();

        var lines = await RunAsync(Block("Game state"), [emulator.Endpoint.AbsoluteUri, emulator.Token], InsecureQuickStartClient);

        lines[^1].Should().MatchRegex("^Final: top scorer .+$");
        lines.Should().HaveCountGreaterThan(1);
        var lastScore = Regex.Matches(lines[^2], @" (\d+)(?: - |$)")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        lastScore.Should().BeEquivalentTo([emulator.BoxScore!.Home.Points, emulator.BoxScore.Away.Points]);
    }

    [Fact]
    public async Task GapsAfterAReconnect_AgainstAnEmulatorThatDrops_PrintsEachGap()
    {
        await using var emulator = await StartEmulatorAsync(new EmulatorFaults { DropEveryMessages = 200 });

        var lines = await RunAsync(Block("Gaps after a reconnect"), [emulator.Endpoint.AbsoluteUri, emulator.Token], InsecureQuickStartClient);

        lines.Should().NotBeEmpty("the emulator dropped the connection after positions and clocks had arrived")
            .And.AllSatisfy(l => l.Should().MatchRegex(@"^missed [a-z, ]+ for \d+(\.\d)? s$"));
    }

    [Fact]
    public async Task ParseAMessage_PrintsTheShot()
    {
        var lines = await RunAsync(Block("Parse a message"), []);

        lines.Should().Equal("#7: 23 Make 3 pts");
    }

    [Fact]
    public async Task UnitTestsWithoutASocket_CountsTheMadeShots()
    {
        var lines = await RunAsync(Block("Testing your app with the emulator", "InMemoryLiveDataClient"), []);

        lines.Should().Equal("2 made");
    }

    [Fact]
    public async Task TestingWithTheEmulator_AddsUpToTheEmulatorsBoxScore()
    {
        var lines = await RunAsync(Block("Testing your app with the emulator", "LiveDataEmulator.StartAsync"), []);

        var match = Regex.Match(lines.Should().ContainSingle().Subject, @"^(\d+ - \d+); the emulator's box score: (\d+ - \d+)$");
        match.Success.Should().BeTrue(lines[0]);
        match.Groups[1].Value.Should().Be(match.Groups[2].Value, "every shot arrived once through the dropped connections");
    }

    [Fact]
    public async Task DependencyInjection_WithTheReadmesAppSettings_LogsEveryShotAndStops()
    {
        await using var emulator = await StartEmulatorAsync();

        var lines = await RunWorkerAsync("Dependency injection", emulator);

        lines.Should().HaveCount(emulator.Timeline.Count(m => m.Source == "chart")).And.AllSatisfy(l => l.Should().MatchRegex(@"^\d+: (Make|Miss)$"));
        emulator.TokenRequests.Should().Equal("game-1234");
    }

    [Fact]
    public async Task TokenProviders_WithTheReadmesAppSettings_FetchesTheTokenThroughTheResilienceHandler()
    {
        // The README once handed AddStandardResilienceHandler a section its appsettings.json did not have, and the
        // first token request threw "Configuration section cannot be empty".
        await using var emulator = await StartEmulatorAsync();

        var lines = await RunWorkerAsync("Token providers", emulator);

        lines.Should().HaveCount(emulator.Timeline.Count(m => m.Source == "chart"));
        emulator.TokenRequests.Should().Equal("game-1234");
    }

    [Fact]
    public async Task ScalingOutWithRedis_TheRelayWorkerThenTheReader_PrintsTheFinalScoreOfTheEmulatorsGame()
    {
        await using var emulator = await StartEmulatorAsync();
        await using var redis = await RedisServer.StartAsync().WaitAsync(Timeout);

        // The README's relay host with its appsettings.json, until it has relayed the whole game into Redis ...
        await RunWorkerAsync("Scaling out with Redis", emulator, [$"--RedisRelay:Configuration={redis.Configuration}"], RelayHostThatStopsWhenTheGamesEnd);
        emulator.TokenRequests.Should().Equal("game-1234");

        // ... then its reader, from Redis alone, on the game its appsettings.json relays.
        var lines = await RunAsync(Block("Scaling out with Redis", "RedisLiveDataClient"), [redis.Configuration, "game-1234"]);

        var match = Regex.Match(lines.Should().ContainSingle().Subject, @"^Final: .+ (\d+) - .+ (\d+)$");
        match.Success.Should().BeTrue(lines[0]);
        int[] score = [int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
        score.Should().BeEquivalentTo([emulator.BoxScore!.Home.Points, emulator.BoxScore.Away.Points], "every shot went through Redis once");
    }

    /// <summary>The one C# block under <paramref name="heading"/> in the README or an article.</summary>
    private static ReadmeBlock Block(string heading, string? containing = null) =>
        DocumentationBlocks().Single(b => b.Language == "csharp" && b.Heading == heading && (containing is null || b.Code.Contains(containing, StringComparison.Ordinal)));

    private static IEnumerable<ReadmeBlock> DocumentationBlocks() =>
        RepositoryFiles.Documentation.SelectMany(f => ReadmeBlock.Read(RepositoryFiles.Root, f));

    private static async Task<LiveDataEmulator> StartEmulatorAsync(EmulatorFaults? faults = null) =>
        await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 21),
            Pace = LiveDataReplayPace.AsFastAsPossible,
            Faults = faults ?? new EmulatorFaults(),
        }).WaitAsync(Timeout);

    private static async Task<IReadOnlyList<string>> RunAsync(ReadmeBlock block, string[] args, params string[] extraSources)
    {
        var program = await ReadmeCompiler.RunAsync(block, args, Timeout, [CapturedConsole, .. extraSources]);
        return [.. Printed(program)];
    }

    /// <summary>Runs a worker of the documentation with the section's appsettings.json, pointed at the emulator by command-line arguments.</summary>
    private async Task<IReadOnlyList<string>> RunWorkerAsync(string heading, LiveDataEmulator emulator, string[]? moreArgs = null, params string[] extraSources)
    {
        var appSettings = DocumentationBlocks().Single(b => b.Language == "json" && b.Heading == heading);
        await File.WriteAllTextAsync(Path.Combine(_contentRoot, "appsettings.json"), appSettings.Code);
        string[] args =
        [
            "--contentRoot", _contentRoot,
            $"--LiveData:Endpoint={emulator.Endpoint.AbsoluteUri}",
            "--LiveData:AllowInsecureTransport=true",
            $"--LiveData:Tokens:RequestUriTemplate={emulator.TokenUriTemplate}",
            "--Logging:LogLevel:Default=Warning",
            .. moreArgs ?? [],
        ];

        return await RunAsync(Block(heading, "Host.CreateApplicationBuilder"), args, extraSources);
    }

    private static ConcurrentQueue<string> Printed(Assembly program) =>
        (ConcurrentQueue<string>)program.GetType("Console")!.GetField("Lines")!.GetValue(null)!;
}
