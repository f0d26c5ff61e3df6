using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using ShotTracker.LiveData.Samples.ShotLogger;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Tests;

public sealed class ShotLoggerSampleTests
{
    private const string Worker = "ShotTracker.LiveData.Samples.ShotLogger.ShotLoggerService";
    private static readonly Regex PlayerPattern = new(@" player (\S+) ", RegexOptions.CultureInvariant);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ConfiguredFromTheCommandLine_FollowsTheGameThroughReconnects_AndLogsEveryShotOnce()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 5, TimeSpan.FromMinutes(5)),
            Pace = LiveDataReplayPace.AsFastAsPossible,
            TokenApiKey = "sample-api-key",
            Faults = new EmulatorFaults
            {
                DropEveryMessages = 7,      // counted in chart messages, the only source asked for
                TokenRequestFailures = 2,   // the standard resilience handler retries them (the provider's retries are off)
            },
        }).WaitAsync(RunTimeout);
        var logs = new CapturedLogs();

        var exitCode = await ShotLoggerApp.RunAsync(
            ArgumentsFor(emulator, "game-5", "--LiveData:Tokens:Headers:X-Api-Key=sample-api-key", "--LiveData:TokenResilience:Retry:Delay=00:00:00.010"),
            CaptureOnly(logs)).WaitAsync(RunTimeout);

        exitCode.Should().Be(0, string.Join('\n', logs.Entries.Select(e => e.FullText)));
        var chart = emulator.Timeline.Where(m => m.Source == "chart").ToArray();
        var shots = logs.WithId(101);
        chart.Should().HaveCountGreaterThan(12, "the game outlasts a few drops");
        shots.Should().HaveCount(chart.Length, "every shot is logged exactly once, reconnects or not");
        shots.Select(s => PlayerPattern.Match(s.Message).Groups[1].Value).Should().Equal(
            chart.Select(m => ((ChartEvent)LiveDataMessageSerializer.Deserialize(m.GetJson())).Data.PlayerId),
            "each shot is logged once, in the game's order");
        shots[0].Message.Should().StartWith("Shot 1 in period ");
        shots.Should().OnlyContain(s => s.Category == Worker && s.Level == LogLevel.Information);
        var made = chart.Count(m => m.GetJson().Contains("\"st\":\"MAKE\"", StringComparison.Ordinal));
        logs.WithId(102).Should().ContainSingle().Which.Message.Should().StartWith($"Game game-5 is over: this run logged {chart.Length} shots, {made} made");
        emulator.ConnectionsDropped.Should().BeGreaterThanOrEqualTo(3, "the run rode reconnects");
        emulator.TokenRequests.Should().OnlyContain(id => id == "game-5")
            .And.HaveCount(emulator.ConnectionsAccepted + 2, "one token per connection, and two 503s retried by the resilience handler");
        logs.WithId(4).Should().BeEmpty("no connection attempt saw the 503s: the resilience handler retried them below the client");
        logs.Entries.Where(e => e.Level >= LogLevel.Warning).Should().BeEmpty(
            "dropped connections that come back and 503s the resilience handler retried are nothing to look at (the sample filters Polly's and the token client's HTTP lines)");
        logs.Entries.Should().NotContain(e => e.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal), "the token client's HTTP lines are filtered");
        logs.Entries.Where(e => e.Category == "ShotTracker.LiveData.LiveDataClient" && e.Level >= LogLevel.Information)
            .Should().OnlyContain(e => e.Exception == null, "an expected reconnect carries no stack trace");
        logs.Entries.Should().NotContain(e => e.FullText.Contains(emulator.Token) || e.FullText.Contains("sample-api-key"), "secrets never reach the log");
    }

    [Fact]
    public async Task Demo_FollowsAWholeGameFromTheEmulator()
    {
        var logs = new CapturedLogs();

        var exitCode = await ShotLoggerApp.RunAsync(["--demo", "--speed", "max", "--seed", "11"], CaptureOnly(logs)).WaitAsync(RunTimeout);

        exitCode.Should().Be(0, string.Join('\n', logs.Entries.Select(e => e.FullText)));
        var game = SyntheticGame.Generate(new SyntheticGameOptions { Seed = 11 });
        var chart = game.Messages.Count(m => m.Source == "chart");
        logs.WithId(101).Should().HaveCount(chart)
            .And.HaveCount(game.BoxScore.Home.FieldGoalsAttempted + game.BoxScore.Away.FieldGoalsAttempted, "chart carries field goals");
        var pointsFromTheField = game.BoxScore.Home.Points + game.BoxScore.Away.Points - game.BoxScore.Home.FreeThrowsMade - game.BoxScore.Away.FreeThrowsMade;
        logs.WithId(102).Should().ContainSingle().Which.Message.Should().Contain($"{pointsFromTheField} points from the field");
    }

    [Fact]
    public async Task StoppedMidGame_AndRestartedWithACheckpoint_LogsEveryShotExactlyOnceOverBothRuns()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 6),
            Pace = LiveDataReplayPace.Speed(10),   // two minutes of game time: it is still going when the host stops
        }).WaitAsync(RunTimeout);
        var checkpoint = Path.Combine(Path.GetTempPath(), $"shotlogger-{Guid.NewGuid():N}.json");
        var arguments = ArgumentsFor(emulator, "game-6", $"--ShotLogger:CheckpointPath={checkpoint}");
        try
        {
            var first = new CapturedLogs();
            using var stop = new CancellationTokenSource();
            var firstShot = new TaskCompletionSource();
            var run = ShotLoggerApp.RunAsync(
                arguments,
                logging =>
                {
                    CaptureOnly(first)(logging);
                    logging.AddProvider(new OnEntry(id => id == 101, firstShot));
                },
                cancellationToken: stop.Token);
            await firstShot.Task.WaitAsync(RunTimeout);
            await stop.CancelAsync();
            (await run.WaitAsync(RunTimeout)).Should().Be(0);

            var stopped = first.WithId(103).Should().ContainSingle().Subject.Message;
            stopped.Should().MatchRegex($@"^Stopped following game game-6 after sequence \d+; checkpoint: {Regex.Escape(checkpoint)}\.$");
            first.WithId(102).Should().BeEmpty("the game did not end");
            var saved = long.Parse(Regex.Match(stopped, @"sequence (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

            var second = new CapturedLogs();
            (await ShotLoggerApp.RunAsync(arguments, CaptureOnly(second)).WaitAsync(RunTimeout)).Should().Be(0);

            second.WithId(105).Should().ContainSingle().Which.Message.Should().StartWith($"Resuming game game-6 after sequence {saved} ");
            emulator.RequestedLastSequences.Should().Equal([saved], "the restarted worker asked to resume after the checkpoint");
            var chart = emulator.Timeline.Where(m => m.Source == "chart").ToArray();
            first.WithId(101).Concat(second.WithId(101)).Select(s => PlayerPattern.Match(s.Message).Groups[1].Value).Should().Equal(
                chart.Select(m => ((ChartEvent)LiveDataMessageSerializer.Deserialize(m.GetJson())).Data.PlayerId),
                "the two runs log each shot once between them, in order");
            second.WithId(102).Should().ContainSingle();
            File.Exists(checkpoint).Should().BeFalse("the game is over: the checkpoint is removed");
        }
        finally
        {
            File.Delete(checkpoint);
        }
    }

    [Fact]
    public async Task RefusedApiKey_EndsWithExitCode1_AndATypedErrorWithoutSecrets()
    {
        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = SyntheticGameOptions.Short(seed: 7),
            Pace = LiveDataReplayPace.AsFastAsPossible,
            TokenApiKey = "the-right-key",
        }).WaitAsync(RunTimeout);
        var logs = new CapturedLogs();

        var exitCode = await ShotLoggerApp.RunAsync(
            ArgumentsFor(emulator, "game-7", "--LiveData:Tokens:Headers:X-Api-Key=a-wrong-key"),
            CaptureOnly(logs)).WaitAsync(RunTimeout);

        exitCode.Should().Be(1);
        var failure = logs.WithId(104).Should().ContainSingle().Subject;
        failure.Level.Should().Be(LogLevel.Critical);
        failure.Exception.Should().BeOfType<LiveDataTokenException>().Which.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        emulator.ConnectionsAccepted.Should().Be(0);
        logs.Entries.Should().NotContain(e => e.FullText.Contains("a-wrong-key") || e.FullText.Contains(emulator.Token));
    }

    [Theory]
    [InlineData("ShotLogger:GameId is required", "--LiveData:Endpoint=wss://live-data.example/v2")]
    [InlineData("ShotLogger:GameId is required|LiveDataClientOptions.Endpoint", "--LiveData:Endpoint=https://live-data.example/v2")]
    [InlineData("'LiveData:PingInterval'", "--LiveData:PingInterval=soon", "--ShotLogger:GameId=1")]
    [InlineData("ShotLogger:StopWhenGameEnds", "--ShotLogger:StopWhenGameEnds=maybe", "--ShotLogger:GameId=1")]
    public async Task InvalidConfiguration_FailsAtStartWithExitCode2_AndSaysWhatIsWrong(string expected, params string[] args)
    {
        var logs = new CapturedLogs();
        var errors = new StringWriter();

        var exitCode = await ShotLoggerApp.RunAsync(args, CaptureOnly(logs), errors).WaitAsync(RunTimeout);

        exitCode.Should().Be(2);
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().OnlyContain(l => l.StartsWith("Invalid configuration: ", StringComparison.Ordinal));
        foreach (var part in expected.Split('|'))
        {
            errors.ToString().Should().Contain(part);
        }

        logs.WithId(100).Should().BeEmpty("nothing is followed with an invalid configuration");
    }

    /// <summary>
    /// The command line of a deployed worker pointed at the emulator: configuration only, as settings in an app's
    /// environment would be.
    /// </summary>
    private static string[] ArgumentsFor(LiveDataEmulator emulator, string gameId, params string[] more) =>
    [
        $"--LiveData:Endpoint={emulator.Endpoint}",
        "--LiveData:AllowInsecureTransport=true",
        $"--LiveData:Tokens:RequestUriTemplate={emulator.TokenUriTemplate}",
        $"--ShotLogger:GameId={gameId}",
        .. more,
    ];

    private static Action<ILoggingBuilder> CaptureOnly(CapturedLogs logs) => logging =>
    {
        logging.ClearProviders();
        logging.AddProvider(logs);
    };

    /// <summary>Completes a task the first time an entry with a matching event id is logged.</summary>
    private sealed class OnEntry(Func<int, bool> match, TaskCompletionSource seen) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (match(eventId.Id))
            {
                seen.TrySetResult();
            }
        }

        public void Dispose()
        {
        }
    }
}
