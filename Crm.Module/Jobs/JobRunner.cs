using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Module.Data.Resilience;
using Crm.Module.Plugins;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Jobs;

/// <summary>
/// Runs one job: creates it in a new lifetime scope (fresh scoped services, no signed-in user),
/// hands it its configured parameters, records the run as the job's last and counts it towards the
/// job's plugin. A run that fails with a passing database fault is tried again, from a new scope, with
/// backoff and a bounded number of attempts (<see cref="DatabaseRetries.Job"/>): jobs already have to
/// tolerate running again, since Quartz re-runs one whose host died. A job that still fails, or fails
/// otherwise, is logged and recorded with its attempts; the next scheduled run comes as usual.
/// A disabled plugin's job does not run.
/// </summary>
internal sealed partial class JobRunner(ILifetimeScope container, JobOptions options, JobRunStore runs, PluginHealth plugins, DatabaseRetries retries, TimeProvider clock, ILogger<JobRunner> logger)
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
        var attempts = 0;
        try
        {
            await retries.Job.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    await using var scope = container.BeginLifetimeScope();
                    var instance = job.Create(scope);
                    await instance.ExecuteAsync(new CrmJobContext(started, options.Parameters(job.Code)), ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, job.Code, job.Plugin, attempts);
            error = attempts > 1 ? $"After {attempts} attempts: {e.GetType().Name}: {e.Message}" : $"{e.GetType().Name}: {e.Message}";
        }

        // Recording waits out a passing fault too: a run that happened must not go unrecorded.
        var run = new JobRun(job.Code, node, started, clock.GetUtcNow(), error is null ? JobRun.Succeeded : JobRun.Failed, error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error);
        await retries.Job.ExecuteAsync(async ct => await runs.RecordAsync(run, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Code} of plugin {Plugin} failed after {Attempts} attempt(s); it runs again at its next scheduled time.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string code, string? plugin, int attempts);
}
