using ShotTracker.LiveData.Tests.Shared;

namespace ShotTracker.LiveData.Testing.Tests;

/// <summary>
/// An embedded emulator must not own its host's lifetime: a program that starts one and waits still ends on SIGTERM
/// (<c>kill</c>, <c>docker stop</c>, systemd) and SIGINT (Ctrl+C) as a program without an emulator does.
/// </summary>
public sealed class LiveDataEmulatorSignalTests
{
    // Generous: a signal ends the process at once, but the machine may be busy building beside the test.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task ProgramThatStartsTheEmulatorAndWaits_Signalled_EndsWithTheSignalsDefaultAction(string signal, int exitCode)
    {
        if (signal == "INT" && ChildProcess.SigintIgnoredHere)
        {
            return;
        }

        using var program = ChildProcess.Start("tests/EmulatorSignalHost", "EmulatorSignalHost");
        await program.WaitForLineAsync("listening ws://127.0.0.1:", Bound);

        program.Signal(signal);

        (await program.WaitForExitAsync(Bound)).Should().Be(exitCode, "the runtime's default action for SIG{0} ends the process with 128 + its number", signal);
    }
}
