using ShotTracker.LiveData.Samples.ShotArchive;

// dotnet run --project samples/ShotArchive -- --LiveData:Endpoint=wss://… --LiveData:Tokens:RequestUriTemplate=https://…/{gameId}/token
//     --ShotArchive:GameId=1234 --ShotArchive:Database=shots.db [--ShotArchive:Mode=Transactional|File]
//     [--ShotArchive:CheckpointDirectory=checkpoints] [--ShotArchive:CheckpointEveryEvents=10]
// Kill it at any time and start it again: in Transactional mode every shot is in the database exactly once.
return await ShotArchiveApp.RunAsync(args);
