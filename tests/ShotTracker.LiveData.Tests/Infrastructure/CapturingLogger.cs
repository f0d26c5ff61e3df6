using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Tests.Infrastructure;

/// <summary>Records every log line (all levels) with its exception text.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, EventId Id, string Text)> _lines = new();

    public IReadOnlyList<(LogLevel Level, EventId Id, string Text)> Lines => _lines.ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = formatter(state, exception);
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            text += " | " + string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"));
        }

        if (exception is not null)
        {
            text += " | " + exception;
        }

        _lines.Enqueue((logLevel, eventId, text));
    }
}
