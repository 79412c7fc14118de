using Microsoft.Extensions.Logging;
using Quartz;

namespace Crm.Module.Scheduling;

/// <summary>
/// Runs a job and logs its failure under the add-on's category, naming the job and the attempt.
/// The exception goes on to Quartz, which counts the firing as failed and retries it under the
/// scheduler's retry policy; it never reaches the host.
/// </summary>
internal sealed partial class ObservedJob(IJob job, ILogger<ObservedJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await job.Execute(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogJobFailed(logger, e, context.JobDetail.Key.Name, context.JobDetail.JobType.FullName, context.RetryAttempt, context.RetryPolicy?.MaxAttempts ?? 0);
            throw e as JobExecutionException ?? new JobExecutionException(e.Message, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Identity} ({JobType}) failed on retry {RetryAttempt} of {MaxRetries}; Quartz retries it under the retry policy.")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string identity, string jobType, int retryAttempt, int maxRetries);
}
