using Crm.Module.Inquiries.ServiceTargets;
using Crm.Module.Scheduling;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// At start, schedules the segment computation on <c>Crm:Sales:Segments:Schedule</c> in the working
/// calendar's time zone. Scheduling the identity again replaces it, so every host may do this at
/// every start; a host with scheduling switched off leaves it to the hosts that run it.
/// </summary>
internal sealed class SegmentSchedule(ICrmScheduler scheduler, SchedulingOptions scheduling, AccountHistoryOptions options, WorkingCalendar calendar) : IHostedService
{
    public const string Identity = "account-segments";

    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduling.Enabled
            ? scheduler.ScheduleCronAsync(Identity, typeof(SegmentRecomputeJob), options.Schedule, calendar.TimeZone, cancellationToken: cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
