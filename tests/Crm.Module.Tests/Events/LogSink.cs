using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Events;

/// <summary>Keeps every log entry of a host so tests can check what was logged at which level.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), exception));
    }
}

internal sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception);
