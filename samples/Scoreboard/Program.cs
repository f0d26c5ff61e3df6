using ShotTracker.LiveData.Samples.Scoreboard;

// dotnet run --project samples/Scoreboard -- --demo            a synthetic game from the built-in emulator
// dotnet run --project samples/Scoreboard -- --endpoint wss://… (token in SHOTTRACKER_TOKEN)
// dotnet run --project samples/Scoreboard -- --replay game.ndjson --speed 4 --delay 7   a recording, 4x, 7 s behind
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await ScoreboardApp.RunAsync(args, Console.Out, interactive: !Console.IsOutputRedirected, cancellation.Token);
