using Microsoft.Extensions.Logging;

namespace Crm.Module.Scheduling;

/// <summary>
/// Lends Quartz's own service container the host's logging, so Quartz's lines (misfires, cluster
/// recovery, failed jobs) land where the host's do, under the host's level filters. Without a
/// provider in that container Quartz bridges to its static LogProvider and logs nowhere.
/// </summary>
internal sealed class HostLoggerProvider(ILoggerFactory hostLoggers) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => hostLoggers.CreateLogger(categoryName);

    // The host's logger factory belongs to the host.
    public void Dispose()
    {
    }
}
