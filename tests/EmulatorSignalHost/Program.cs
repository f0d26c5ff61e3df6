using ShotTracker.LiveData;
using ShotTracker.LiveData.Testing;

// Starts an emulator streaming at real-time pace, says so, and waits. No signal handler of its own: SIGTERM and
// SIGINT must end it with the runtime's default action, which the emulator's host must not take over.
await using var emulator = await LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Pace = LiveDataReplayPace.RealTime });
Console.WriteLine($"listening {emulator.Endpoint}");
await Task.Delay(TimeSpan.FromMinutes(5));
return 0;
