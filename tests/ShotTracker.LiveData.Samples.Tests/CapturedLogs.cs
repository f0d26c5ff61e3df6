using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ShotTracker.LiveData.Samples.Tests;

/// <summary>An <see cref="ILoggerProvider"/> that keeps every formatted entry, for assertions on what an app logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => _entries.ToArray();

    public IReadOnlyList<Entry> WithId(int eventId) => Entries.Where(e => e.EventId == eventId).ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    internal sealed record Entry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception)
    {
        /// <summary>Gets the message and the exception's text, everything a log sink would write.</summary>
        public string FullText => Exception is null ? Message : $"{Message} {Exception}";
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new Entry(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
