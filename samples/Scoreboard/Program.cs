using ShotTracker.LiveData.Samples;
using ShotTracker.LiveData.Samples.Scoreboard;

// dotnet run --project samples/Scoreboard -- --demo            a synthetic game from the built-in emulator
// dotnet run --project samples/Scoreboard -- --endpoint wss://… (token in SHOTTRACKER_TOKEN)
// dotnet run --project samples/Scoreboard -- --replay game.ndjson --speed 4 --delay 7   a recording, 4x, 7 s behind
// Ctrl+C and SIGTERM stop it cleanly; the exit code is then 130 or 143, as a shell expects.
using var signals = new StopSignals();

return signals.ExitCode(await ScoreboardApp.RunAsync(args, Console.Out, interactive: !Console.IsOutputRedirected, signals.Token));
