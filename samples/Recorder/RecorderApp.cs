using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Samples.Recorder;

/// <summary>Streams a game and writes every delivered message, with its receive time, to an NDJSON file.</summary>
internal static class RecorderApp
{
    public const string Usage =
        """
        usage: Recorder --out FILE --demo [--seed N]
               Recorder --out FILE --endpoint wss://host/path [--token TOKEN]   (or the token in SHOTTRACKER_TOKEN)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        string? path = null, endpoint = null, token = Environment.GetEnvironmentVariable("SHOTTRACKER_TOKEN");
        var demo = false;
        var seed = 2026;
        for (var i = 0; i < args.Count; i++)
        {
            var hasValue = i + 1 < args.Count;
            switch (args[i])
            {
                case "--out" when hasValue: path = args[++i]; break;
                case "--endpoint" when hasValue: endpoint = args[++i]; break;
                case "--token" when hasValue: token = args[++i]; break;
                case "--seed" when hasValue: seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--demo": demo = true; break;
                default:
                    await output.WriteLineAsync($"Unknown or incomplete argument {args[i]}.\n{Usage}");
                    return 2;
            }
        }

        if (path is null || demo == (endpoint is not null) || (!demo && string.IsNullOrEmpty(token)))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            if (!demo)
            {
                return await RecordAsync(new Uri(endpoint!), token!, insecure: false, path, output, cancellationToken);
            }

            // The demo records a short synthetic game from the built-in emulator, as fast as it can be sent.
            await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions
            {
                Game = SyntheticGameOptions.Short(seed),
                Pace = LiveDataReplayPace.AsFastAsPossible,
            }, cancellationToken);
            return await RecordAsync(emulator.Endpoint, emulator.Token, insecure: true, path, output, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync("Stopped; what was received so far is in the file.");
            return 130;
        }
    }

    private static async Task<int> RecordAsync(Uri endpoint, string token, bool insecure, string path, TextWriter output, CancellationToken cancellationToken)
    {
        await using var recorder = NdjsonRecorder.Create(path);
        await using var client = new LiveDataClient(new LiveDataClientOptions
        {
            Endpoint = endpoint,
            TokenProvider = LiveDataTokenProvider.FromToken(token),
            AllowInsecureTransport = insecure,
            Recorder = recorder,
        });

        var events = 0;
        try
        {
            await foreach (var e in client.StreamAsync(cancellationToken))
            {
                events++;
            }
        }
        catch (LiveDataException ex)
        {
            await output.WriteLineAsync($"The stream failed after {events} events: {ex.Message}");
            return 1;
        }

        await recorder.FlushAsync(cancellationToken);
        await output.WriteLineAsync($"Recorded {recorder.Count} messages ({events} events) to {path}; last seq {client.LastSequence}.");
        return 0;
    }
}
