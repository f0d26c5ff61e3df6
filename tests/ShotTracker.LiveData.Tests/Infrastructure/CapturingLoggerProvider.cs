using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Sends every category of a container's logging to one <see cref="CapturingLogger{T}"/>.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public CapturingLogger<object> Logger { get; } = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void Dispose()
    {
    }
}
