using System.Runtime.InteropServices;

namespace ShotTracker.LiveData.Samples;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM (<c>kill</c>, <c>docker stop</c>, systemd) into a cancellation the app stops on,
/// and gives the exit code a shell expects of a program a signal stopped: 128 + the signal's number (130, 143).
/// </summary>
/// <remarks>
/// The first signal lets the app stop cleanly (close the connection, flush the file); a second one is left to the
/// runtime's default action, which ends the process at once.
/// </remarks>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public StopSignals() =>
        _registrations = [Register(PosixSignal.SIGINT, number: 2), Register(PosixSignal.SIGTERM, number: 15)];

    /// <summary>Gets the token cancelled by the first signal.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Returns 128 + the signal's number when a signal stopped the app, else the app's own exit code.</summary>
    public int ExitCode(int appExitCode) => Volatile.Read(ref _signal) is > 0 and var signal ? 128 + signal : appExitCode;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private PosixSignalRegistration Register(PosixSignal signal, int number) => PosixSignalRegistration.Create(signal, context =>
    {
        if (Interlocked.CompareExchange(ref _signal, number, 0) == 0)
        {
            context.Cancel = true;
            _cancellation.Cancel();
        }
    });
}
