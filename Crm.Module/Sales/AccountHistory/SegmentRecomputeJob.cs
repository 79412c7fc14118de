using Quartz;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// Quartz's entry to the scheduled segment computation. Not concurrent within the cluster; a fire
/// repeated after a node failure only computes the same segments again.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SegmentRecomputeJob(SegmentRecomputer recomputer) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recomputer.RecomputeAsync(cancellationToken).ConfigureAwait(false);
}
