using ShotTracker.LiveData.Samples.CourtView;

// dotnet run --project samples/CourtView -- --demo                 a synthetic game from the built-in emulator
// dotnet run --project samples/CourtView -- --endpoint wss://…     a real game (token in SHOTTRACKER_TOKEN)
// Then open the URL it prints.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CourtViewApp.RunAsync(args, Console.Out, cancellation.Token);
