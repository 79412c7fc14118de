using Crm.Abstractions.FollowUps;
using Crm.Module.Inquiries.ServiceTargets;
using Crm.Module.Scheduling;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.FollowUps;

/// <summary>
/// At start, brings Quartz in line with configuration: each enabled rule on its cron schedule (in the
/// working calendar's time zone), each disabled one unscheduled. Scheduling an identity again
/// replaces it, so every host may do this at every start. A host with scheduling switched off
/// leaves the schedules to the hosts that run it.
/// </summary>
internal sealed class FollowUpSchedules(IEnumerable<IFollowUpRule> rules, FollowUpOptions options, ICrmScheduler scheduler, SchedulingOptions scheduling, WorkingCalendar calendar) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!scheduling.Enabled)
        {
            return;
        }

        foreach (var rule in rules)
        {
            var info = options.Describe(rule);
            var identity = "follow-up-rule:" + rule.Code;
            if (info.Enabled)
            {
                await scheduler.ScheduleCronAsync(identity, typeof(FollowUpRuleJob), info.Schedule, calendar.TimeZone, new Dictionary<string, string> { [FollowUpRuleJob.RuleKey] = rule.Code }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await scheduler.UnscheduleAsync(identity, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
