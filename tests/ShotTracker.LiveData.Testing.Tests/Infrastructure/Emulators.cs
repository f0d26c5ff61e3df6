namespace ShotTracker.LiveData.Testing.Tests;

/// <summary>Emulators for tests: short games played as fast as the client reads.</summary>
internal static class Emulators
{
    public static LiveDataEmulatorOptions FastOptions(int seed = 1, EmulatorFaults? faults = null) => new()
    {
        Game = SyntheticGameOptions.Short(seed, TimeSpan.FromSeconds(30)),
        Pace = LiveDataReplayPace.AsFastAsPossible,
        Faults = faults ?? new EmulatorFaults(),
    };

    public static Task<LiveDataEmulator> StartFastAsync(int seed = 1, EmulatorFaults? faults = null) =>
        LiveDataEmulator.StartAsync(FastOptions(seed, faults)).WithTimeout();
}
