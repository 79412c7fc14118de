using Crm.Module.Events;
using Crm.Module.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Crm.Module.Jobs;

/// <summary>
/// Quartz's entry to a run of an <see cref="Crm.Abstractions.Extensibility.ICrmJob"/>. Not
/// concurrent: one run of a job at a time in the cluster. A job no longer registered on this host
/// (its plugin removed, or left out at start) takes its schedule with it, so it stops firing; it is
/// scheduled again at a start where it is back.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class PluginJob(JobCatalog catalog, JobRunner runner, ICrmScheduler scheduler, OutboxOptions node, ILogger<PluginJob> logger) : IJob
{
    public const string CodeKey = "job";

    public const string IdentityPrefix = "plugin-job:";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.MergedJobDataMap.GetString(CodeKey) ?? string.Empty;
        if (catalog.Find(code) is not { } job)
        {
            LogGone(logger, code);
            await scheduler.UnscheduleAsync(IdentityPrefix + code, cancellationToken).ConfigureAwait(false);
            return;
        }

        await runner.RunAsync(job, node.NodeName, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Code} is not registered on this host (its plugin was removed or left out); its schedule is removed.")]
    private static partial void LogGone(ILogger logger, string code);
}
