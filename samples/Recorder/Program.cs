using ShotTracker.LiveData.Samples.Recorder;

// dotnet run --project samples/Recorder -- --demo --out game.ndjson
// dotnet run --project samples/Recorder -- --endpoint wss://… --out game.ndjson   (token in SHOTTRACKER_TOKEN)
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await RecorderApp.RunAsync(args, Console.Out, cancellation.Token);
