using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Scheduling;

/// <summary>Starts the scheduler with the host and stops it, letting running jobs finish, when the host stops.</summary>
internal sealed partial class SchedulerService(CrmQuartz quartz, SchedulingOptions options, ILogger<SchedulerService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!quartz.Enabled)
        {
            LogDisabled(logger, SchedulingOptions.SectionName);
            return;
        }

        var scheduler = await quartz.GetSchedulerAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.Start(cancellationToken).ConfigureAwait(false);
        LogStarted(logger, options.InstanceName, scheduler.SchedulerInstanceId, options.TablePrefix, options.ThreadCount);
    }

    public Task StopAsync(CancellationToken cancellationToken) => quartz.ShutdownAsync(waitForJobs: true, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler {InstanceName} started as {InstanceId}: tables {TablePrefix}*, {ThreadCount} threads.")]
    private static partial void LogStarted(ILogger logger, string instanceName, string instanceId, string tablePrefix, int threadCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduling is switched off ({Section}:Enabled is false); no scheduled job runs on this host.")]
    private static partial void LogDisabled(ILogger logger, string section);
}
