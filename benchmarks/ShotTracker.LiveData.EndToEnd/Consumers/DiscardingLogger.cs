using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.EndToEnd.Consumers;

/// <summary>
/// A logger enabled at Information and above, as an app's default configuration is, that formats each entry (as a
/// real provider would) and drops it, so the client pays what it would pay for logging in production.
/// </summary>
internal sealed class DiscardingLogger<T> : ILogger<T>
{
    private long _entries;
    private long _warnings;

    /// <summary>Gets how many entries were written.</summary>
    public long Entries => Interlocked.Read(ref _entries);

    /// <summary>Gets how many of them were warnings or worse.</summary>
    public long Warnings => Interlocked.Read(ref _warnings);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _ = formatter(state, exception);
            Interlocked.Increment(ref _entries);
            if (logLevel >= LogLevel.Warning)
            {
                Interlocked.Increment(ref _warnings);
            }
        }
    }
}
