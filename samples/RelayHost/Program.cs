using ShotTracker.LiveData.Samples.RelayHost;

// dotnet run --project samples/RelayHost                 relays RedisRelay:Games of appsettings.json to RedisRelay:Configuration
// dotnet run --project samples/RelayHost -- --demo       one synthetic game from the built-in emulator, into a redis-server
//                                                        of its own (redis-server must be on PATH); stops when the game ends
// Any setting can be overridden on the command line, e.g. --RedisRelay:Games:0=game-7 --RedisRelay:Configuration=redis:6379.
return await RelayHostApp.RunAsync(args);
