using Crm.Module.Inquiries.ServiceTargets;
using Crm.Module.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Jobs;

/// <summary>
/// At start, logs each job that cannot be scheduled (naming the setting or the code at fault), then
/// brings Quartz in line with configuration: each enabled job on its cron schedule in the working
/// calendar's time zone, each disabled one unscheduled. As with follow-up rules, scheduling an identity
/// again replaces it, so every host may do this at every start; a host with scheduling switched off
/// leaves the schedules to the hosts that run it.
/// </summary>
internal sealed partial class JobSchedules(Lazy<JobCatalog> jobs, ICrmScheduler scheduler, SchedulingOptions scheduling, WorkingCalendar calendar, ILogger<JobSchedules> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Lazy: the host creates every hosted service before starting any, and the catalog must be
        // built after CrmStartup has run the plugins' migrations (a plugin they disabled has no jobs).
        var catalog = jobs.Value;
        foreach (var job in catalog.Jobs.Where(j => !j.Runnable))
        {
            LogSkipped(logger, job.Code, job.Plugin, job.Problem!);
        }

        if (!scheduling.Enabled)
        {
            return;
        }

        foreach (var job in catalog.Jobs.Where(j => j.Runnable))
        {
            var identity = PluginJob.IdentityPrefix + job.Code;
            if (job.Enabled)
            {
                await scheduler.ScheduleCronAsync(identity, typeof(PluginJob), job.Schedule, calendar.TimeZone, new Dictionary<string, string> { [PluginJob.CodeKey] = job.Code }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await scheduler.UnscheduleAsync(identity, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Code} of plugin {Plugin} is skipped: {Problem}")]
    private static partial void LogSkipped(ILogger logger, string code, string? plugin, string problem);
}
