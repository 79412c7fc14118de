using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Jobs;

/// <summary>
/// Runs one job: creates it in a new lifetime scope (fresh scoped services, no signed-in user),
/// hands it its configured parameters, records the run as the job's last and counts it towards the
/// job's plugin. A job that throws is logged and recorded, not retried: the next scheduled run comes
/// as usual. A disabled plugin's job does not run.
/// </summary>
internal sealed partial class JobRunner(ILifetimeScope container, JobOptions options, JobRunStore runs, PluginHealth plugins, TimeProvider clock, ILogger<JobRunner> logger)
{
    private const int MaxErrorLength = 2000;

    /// <returns>The run; null when the job's plugin is disabled and nothing ran.</returns>
    public async Task<JobRun?> RunAsync(JobEntry job, string node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Plugin is { } plugin && plugins.DisabledReason(plugin) is not null)
        {
            // Logged once when the plugin was disabled; admins see it as failed.
            return null;
        }

        var started = clock.GetUtcNow();
        string? error = null;
        try
        {
            await using var scope = container.BeginLifetimeScope();
            var instance = job.Create(scope);
            await instance.ExecuteAsync(new CrmJobContext(started, options.Parameters(job.Code)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, job.Code, job.Plugin);
            error = $"{e.GetType().Name}: {e.Message}";
        }

        var run = new JobRun(job.Code, node, started, clock.GetUtcNow(), error is null ? JobRun.Succeeded : JobRun.Failed, error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error);
        await runs.RecordAsync(run, cancellationToken).ConfigureAwait(false);
        NoteOutcome(job, run);
        return run;
    }

    private void NoteOutcome(JobEntry job, JobRun run)
    {
        if (job.Plugin is not { } plugin)
        {
            return;
        }

        if (run.Error is null)
        {
            plugins.Succeeded(plugin, "job " + job.Code);
        }
        else
        {
            plugins.Failed(plugin, "job " + job.Code, $"job {job.Code}: {run.Error}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Code} of plugin {Plugin} failed; it runs again at its next scheduled time.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string code, string? plugin);
}
