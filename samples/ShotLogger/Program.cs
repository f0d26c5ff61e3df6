using ShotTracker.LiveData.Samples.ShotLogger;

// dotnet run --project samples/ShotLogger -- --demo
//     a synthetic game from the built-in emulator, tokens from the emulator's token endpoint
// env 'LiveData__Tokens__Headers__X-Api-Key=…' dotnet run --project samples/ShotLogger -- --ShotLogger:GameId=1234
//     a real game: endpoint and token service in appsettings.json, the API key in the environment (or a vault),
//     never in the file; `env` because a shell cannot export a name with a hyphen
// Ctrl+C stops the host gracefully.
return await ShotLoggerApp.RunAsync(args);
