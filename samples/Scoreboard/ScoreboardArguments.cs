using System.Globalization;

namespace ShotTracker.LiveData.Samples.Scoreboard;

/// <summary>The command line: a demo against the built-in emulator, or a real endpoint.</summary>
internal sealed record ScoreboardArguments
{
    public bool Demo { get; init; }

    public Uri? Endpoint { get; init; }

    public string? Token { get; init; }

    /// <summary>Game time per wall-clock second in demo mode; <see langword="null"/> for as fast as possible.</summary>
    public double? Speed { get; init; } = 60;

    public int Seed { get; init; } = 2026;

    /// <summary>Demo only: have the emulator drop the connection every N messages, to watch the client resume.</summary>
    public int? DropEvery { get; init; }

    public static string Usage =>
        """
        usage: Scoreboard --demo [--speed N|max] [--seed N] [--drop-every N]
               Scoreboard --endpoint wss://host/path [--token TOKEN]   (or the token in SHOTTRACKER_TOKEN)
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

        if (result.Demo == (result.Endpoint is not null))
        {
            error = "Give either --demo or --endpoint.";
            return null;
        }

        return result.Endpoint is null ? result : result with { Token = result.Token ?? environment("SHOTTRACKER_TOKEN") };
    }
}
