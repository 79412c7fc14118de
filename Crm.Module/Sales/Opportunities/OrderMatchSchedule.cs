using Crm.Module.Scheduling;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// At start, schedules <see cref="OrderMatchJob"/> on <c>Crm:Sales:OrderMatching:Schedule</c> (UTC).
/// Scheduling the identity again replaces it, so every host may do this at every start. The options
/// are read lazily: the host builds every hosted service before CrmStartup runs, and a wrong setting
/// must reach CrmStartup, which reports it by name, rather than fail the host's resolution.
/// </summary>
internal sealed class OrderMatchSchedule(Lazy<OrderMatchOptions> options, ICrmScheduler scheduler, SchedulingOptions scheduling) : IHostedService
{
    public const string Identity = "opportunity-order-match";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (scheduling.Enabled)
        {
            await scheduler.ScheduleCronAsync(Identity, typeof(OrderMatchJob), options.Value.Schedule, TimeZoneInfo.Utc, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
