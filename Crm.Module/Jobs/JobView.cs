namespace Crm.Module.Jobs;

/// <summary>A scheduled job as admins see it at <c>GET /api/crm/jobs</c>.</summary>
/// <param name="Plugin">The plugin that registered it; null for the host's own jobs.</param>
/// <param name="Enabled">Whether it is scheduled: switched on and free of problems.</param>
/// <param name="Problem">Why it is not scheduled (bad code or setting); null when it is fine.</param>
/// <param name="LastRun">Its last run in the cluster; null when it has not run yet.</param>
internal sealed record JobView(string Code, string Name, string? Plugin, string Schedule, bool Enabled, string? Problem, JobLastRun? LastRun);

/// <summary>The last run of a job.</summary>
/// <param name="Outcome"><c>succeeded</c> or <c>failed</c>.</param>
internal sealed record JobLastRun(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome, string? Error, string Node);
