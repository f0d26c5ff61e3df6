using ShotTracker.LiveData.Samples;
using ShotTracker.LiveData.Samples.Recorder;

// dotnet run --project samples/Recorder -- --demo --out game.ndjson
// dotnet run --project samples/Recorder -- --endpoint wss://… --out game.ndjson   (token in SHOTTRACKER_TOKEN)
// Ctrl+C and SIGTERM stop it cleanly; the exit code is then 130 or 143, as a shell expects.
using var signals = new StopSignals();

return signals.ExitCode(await RecorderApp.RunAsync(args, Console.Out, signals.Token));
