using System.Globalization;

namespace ShotTracker.LiveData.Samples.Scoreboard;

/// <summary>The command line: a demo against the built-in emulator, a real endpoint, or a recording to replay.</summary>
internal sealed record ScoreboardArguments
{
    public bool Demo { get; init; }

    public Uri? Endpoint { get; init; }

    /// <summary>An NDJSON recording (written by <see cref="NdjsonRecorder"/>) to play instead of a live stream.</summary>
    public string? Replay { get; init; }

    /// <summary>The broadcast delay: how long each event is held before the board shows it.</summary>
    public TimeSpan Delay { get; init; }

    public string? Token { get; init; }

    /// <summary>Game time per wall-clock second in demo and replay modes; <see langword="null"/> for as fast as possible.</summary>
    public double? Speed { get; init; } = 60;

    public int Seed { get; init; } = 2026;

    /// <summary>Demo only: have the emulator drop the connection every N messages, to watch the client resume.</summary>
    public int? DropEvery { get; init; }

    public static string Usage =>
        """
        usage: Scoreboard --demo [--speed N|max] [--seed N] [--drop-every N] [--delay SECONDS]
               Scoreboard --replay game.ndjson [--speed N|max] [--delay SECONDS]
               Scoreboard --endpoint wss://host/path [--token TOKEN] [--delay SECONDS]   (or the token in SHOTTRACKER_TOKEN)
        """;

    public static ScoreboardArguments? Parse(IReadOnlyList<string> args, Func<string, string?> environment, out string? error)
    {
        var result = new ScoreboardArguments();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            try
            {
                result = args[i] switch
                {
                    "--demo" => result with { Demo = true },
                    "--endpoint" => result with { Endpoint = new Uri(Next(), UriKind.Absolute) },
                    "--token" => result with { Token = Next() },
                    "--replay" => result with { Replay = Next() },
                    "--delay" => result with { Delay = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                    "--speed" => result with { Speed = Next() is "max" ? null : double.Parse(args[i], CultureInfo.InvariantCulture) },
                    "--seed" => result with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--drop-every" => result with { DropEvery = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    _ => throw new FormatException($"Unknown argument {args[i]}."),
                };
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return null;
            }
        }

        if ((result.Demo ? 1 : 0) + (result.Endpoint is null ? 0 : 1) + (result.Replay is null ? 0 : 1) != 1)
        {
            error = "Give one of --demo, --endpoint or --replay.";
            return null;
        }

        if (result.Delay < TimeSpan.Zero)
        {
            error = "--delay must not be negative.";
            return null;
        }

        return result.Endpoint is null ? result : result with { Token = result.Token ?? environment("SHOTTRACKER_TOKEN") };
    }
}
