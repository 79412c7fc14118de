using Quartz;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// Quartz's entry to matching won opportunities with ERP orders. Not concurrent within the cluster;
/// a repeated fire is harmless because only unmatched opportunities are looked at.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class OrderMatchJob(OrderMatcher matcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await matcher.MatchPendingAsync(cancellationToken).ConfigureAwait(false);
}
