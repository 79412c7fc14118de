using Crm.Abstractions.Security;

namespace Crm.Module.Jobs;

/// <summary>The scheduled jobs of this host with their last runs, for admins.</summary>
internal sealed class JobList(JobCatalog catalog, JobRunStore runs, ICurrentUser user)
{
    public async Task<IReadOnlyList<JobView>> GetAsync(CancellationToken cancellationToken)
    {
        user.Demand("List the scheduled jobs", CrmRoles.Admin);
        var last = await runs.LastRunsAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. catalog.Jobs.Select(j => new JobView(
                j.Code,
                j.Name,
                j.Plugin,
                j.Schedule,
                j.Enabled && j.Runnable,
                j.Problem,
                last.TryGetValue(j.Code, out var run) ? new JobLastRun(run.StartedAt, run.FinishedAt, run.Outcome, run.Error, run.Node) : null)),
        ];
    }
}
