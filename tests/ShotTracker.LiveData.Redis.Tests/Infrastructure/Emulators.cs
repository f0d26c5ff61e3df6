using ShotTracker.LiveData.Testing;

namespace ShotTracker.LiveData.Redis.Tests.Infrastructure;

/// <summary>The emulator as most tests here use it: a short synthetic game, sent as fast as possible.</summary>
internal static class Emulators
{
    public static Task<LiveDataEmulator> ShortGameAsync(int seed) =>
        LiveDataEmulator.StartAsync(new LiveDataEmulatorOptions { Game = SyntheticGameOptions.Short(seed), Pace = LiveDataReplayPace.AsFastAsPossible });
}
