using System.Globalization;
using ShotTracker.LiveData.Game;
using ShotTracker.LiveData.Models;
using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Scoreboard;

/// <summary>
/// Streams a game through <see cref="LiveDataClient"/> (or replays a recording through <see cref="NdjsonReplayClient"/>),
/// optionally behind a <see cref="BroadcastDelay"/>, and keeps a scoreboard of it.
/// </summary>
internal static class ScoreboardApp
{
    /// <summary>How a reader gets a recording to replay.</summary>
    internal const string RecordHint = "Record one first: dotnet run --project samples/Recorder -- --demo --out game.ndjson";

    private static readonly LiveDataSource[] SourcesShown =
        [LiveDataSource.Clock, LiveDataSource.Chart, LiveDataSource.BoxScoreStats, LiveDataSource.BroadcastSummary, LiveDataSource.Marker];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(args, output, interactive, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync("Stopped.");
            return 130;
        }
    }

    private static async Task<int> RunCoreAsync(IReadOnlyList<string> args, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var arguments = ScoreboardArguments.Parse(args, Environment.GetEnvironmentVariable, out var error);
        if (arguments is null)
        {
            await output.WriteLineAsync($"{error}\n{ScoreboardArguments.Usage}");
            return 2;
        }

        if (arguments.Replay is { } recording)
        {
            var (_, replayed) = await ReplayAsync(recording, arguments, output, interactive, cancellationToken);
            return replayed;
        }

        if (!arguments.Demo)
        {
            if (string.IsNullOrEmpty(arguments.Token))
            {
                await output.WriteLineAsync("A subscription token is needed: --token or SHOTTRACKER_TOKEN.");
                return 2;
            }

            var (_, code) = await StreamAsync(arguments.Endpoint!, arguments.Token, insecure: false, arguments.Delay, output, interactive, cancellationToken);
            return code;
        }

        await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
        {
            Game = new SyntheticGameOptions { Seed = arguments.Seed },
            Pace = arguments.Speed is { } speed ? LiveDataReplayPace.Speed(speed) : LiveDataReplayPace.AsFastAsPossible,
            Faults = new EmulatorFaults { DropEveryMessages = arguments.DropEvery },
        }, cancellationToken);
        await output.WriteLineAsync($"Emulator streaming a synthetic game (seed {arguments.Seed}) at {emulator.Endpoint}");

        var (game, exitCode) = await StreamAsync(emulator.Endpoint, emulator.Token, insecure: true, arguments.Delay, output, interactive, cancellationToken);
        if (exitCode == 0 && game is not null)
        {
            // The emulator knows the true final score: show that what came through the client adds up to it.
            var truth = emulator.BoxScore!;
            var expected = new[] { truth.Home, truth.Away }.ToDictionary(t => TeamId.FromNumber(t.TeamId), t => t.Points);
            var matches = game.Teams.Count == 2 && game.Teams.All(t => expected.TryGetValue(t.Id, out var points) && points == t.Score);
            await output.WriteLineAsync(matches
                ? "Final score matches the emulator's box score."
                : "Final score DOES NOT match the emulator's box score.");
            exitCode = matches ? 0 : 1;
        }

        return exitCode;
    }

    private static async Task<(GameSnapshot? Game, int ExitCode)> ReplayAsync(
        string path, ScoreboardArguments arguments, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"No recording at {Path.GetFullPath(path)}. {RecordHint}");
            return (null, 2);
        }

        // The same events the live client yielded, from the file, at the recorded pace times --speed.
        var options = new LiveDataReplayOptions
        {
            Pace = arguments.Speed is { } speed ? LiveDataReplayPace.Speed(speed) : LiveDataReplayPace.AsFastAsPossible,
        };
        await using var client = new NdjsonReplayClient(path, options);
        await output.WriteLineAsync($"Replaying {Path.GetFileName(path)} at pace {options.Pace}");
        return await ShowAsync(client, arguments.Delay, output, interactive, cancellationToken);
    }

    private static async Task<(GameSnapshot? Game, int ExitCode)> StreamAsync(
        Uri endpoint, string token, bool insecure, TimeSpan delay, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var options = new LiveDataClientOptions
        {
            Endpoint = endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(token),
            AllowInsecureTransport = insecure,
        };
        foreach (var source in SourcesShown)
        {
            options.Sources.Add(source);
        }

        await using var client = new LiveDataClient(options);
        return await ShowAsync(client, delay, output, interactive, cancellationToken);
    }

    private static async Task<(GameSnapshot? Game, int ExitCode)> ShowAsync(
        ILiveDataClient client, TimeSpan delay, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        // The game as typed state: score, clocks, rosters and box score, folded from the events.
        var game = new LiveGame();
        var renderer = new ScoreboardRenderer(output, interactive, TimeProvider.System);
        var events = client.StreamAsync(cancellationToken);
        if (delay > TimeSpan.Zero)
        {
            // The TV picture runs behind the data: hold each event so the board never shows a basket before the viewer
            // sees it. Only the newest clock is worth showing when several are due at once.
            var broadcastDelay = new BroadcastDelay(delay);
            broadcastDelay.BackpressurePolicies[LiveDataSource.Clock] = LiveDataBackpressurePolicy.KeepLatest;
            events = events.WithBroadcastDelay(broadcastDelay);
            await output.WriteLineAsync($"Broadcast delay {delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }

        // Messages that cannot be read arrive as InvalidLiveDataEvent and the stream goes on; the board cannot show
        // them, so they are counted and reported at the end.
        var unreadable = 0;
        var readable = 0;
        LiveDataProtocolException? firstError = null;
        try
        {
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                if (e is InvalidLiveDataEvent invalid)
                {
                    unreadable++;
                    firstError ??= invalid.Error;
                    continue;
                }

                readable++;
                if (game.Apply(e) is { } change)
                {
                    renderer.Update(change.Snapshot, client);
                }
            }
        }
        catch (LiveDataException ex)
        {
            await output.WriteLineAsync($"The stream failed: {ex.Message}");
            return (game.Current, 1);
        }

        if (readable == 0 && unreadable > 0)
        {
            // Nothing to show: a file that is not a recording (or a feed of garbage) is a failure, not an empty game.
            await output.WriteLineAsync($"None of the {unreadable} messages could be read, so there is no game to show (exit code 1). The first: {firstError!.Message}");
            await output.WriteLineAsync(RecordHint);
            return (null, 1);
        }

        var final = game.Current;
        renderer.Finish(final, client);
        if (unreadable > 0)
        {
            // A few bad lines in a good recording: shown, skipped, and the exit code stays 0.
            await output.WriteLineAsync($"{unreadable} of {unreadable + readable} messages could not be read and were skipped (the scoreboard fails only when none can be). The first: {firstError!.Message}");
        }

        var stats = client.GetStatistics();
        var lastSequence = client.LastSequence?.ToString(CultureInfo.InvariantCulture) ?? "none";
        await output.WriteLineAsync($"{final.EventCount} events, {stats.Reconnects} reconnects, {stats.DuplicatesDropped} duplicates dropped, last seq {lastSequence}.");
        return (final, 0);
    }
}
