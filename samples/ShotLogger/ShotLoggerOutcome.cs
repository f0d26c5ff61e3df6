namespace ShotTracker.LiveData.Samples.ShotLogger;

/// <summary>How the worker ended, for the process exit code (a singleton the worker sets before the host stops).</summary>
internal sealed class ShotLoggerOutcome
{
    /// <summary>Gets or sets the exit code: 0 when the game was followed to its end or the host was stopped, 1 when the stream failed.</summary>
    public int ExitCode { get; set; }
}
