using Crm.Abstractions.Erp;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Crm.Module.Data.Resilience;

/// <summary>
/// The add-on's retry pipelines for passing database faults, one per kind of work, each with
/// exponential backoff and jitter and each attempt logged with the database's name (never its password):
/// <list type="bullet">
/// <item><see cref="Open"/>: opening a connection; nothing was sent yet, so any passing fault is retried.</item>
/// <item><see cref="Operation"/>: a whole business operation (one transaction), re-run only when the
/// database certainly did not commit it (<see cref="FaultKind.NotCommitted"/>) and the caller allows
/// it (<see cref="MayRunAgain"/>). A broken connection may have struck during the commit: not retried.</item>
/// <item><see cref="Job"/>: a scheduled job or rule run; those tolerate running again (Quartz re-runs
/// them after a host dies), so any passing fault is retried, after longer pauses.</item>
/// <item><see cref="ForStartup"/>: start-up, retried until <see cref="ResilienceOptions.StartupTimeout"/>.</item>
/// </list>
/// </summary>
internal sealed partial class DatabaseRetries
{
    /// <summary>Set on a run's context: false once running the operation again could repeat what the caller saw.</summary>
    public static readonly ResiliencePropertyKey<Func<bool>> MayRunAgain = new("crm.may-run-again");

    private readonly TransientFaults _faults;
    private readonly ResilienceOptions _options;
    private readonly ILogger<DatabaseRetries> _logger;

    public DatabaseRetries(IErpDatabase database, TransientFaults faults, ResilienceOptions options, ILogger<DatabaseRetries> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        _faults = faults;
        _options = options;
        _logger = logger;
        Target = DatabaseTarget.Describe(database);
        Open = Build("opening a connection", options.RetryAttempts, options.RetryDelay, faults.IsTransient);
        Operation = Build("the request", options.RetryAttempts, options.RetryDelay, e => faults.Classify(e) == FaultKind.NotCommitted);
        Job = Build("the scheduled run", options.RetryAttempts, options.JobRetryDelay, faults.IsTransient);
    }

    /// <summary>The database as logs name it: engine, server and database.</summary>
    public string Target { get; }

    public ResiliencePipeline Open { get; }

    public ResiliencePipeline Operation { get; }

    public ResiliencePipeline Job { get; }

    /// <summary>A pipeline that retries passing faults until the start-up time is up, from now.</summary>
    public ResiliencePipeline ForStartup()
    {
        var deadline = DateTimeOffset.UtcNow + _options.StartupTimeout;
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(_faults.IsTransient(args.Outcome.Exception) && DateTimeOffset.UtcNow < deadline),
                MaxRetryAttempts = int.MaxValue,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(5),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogStartWaiting(_logger, Target, args.AttemptNumber + 1, Cause(args.Outcome.Exception), args.RetryDelay, deadline - DateTimeOffset.UtcNow);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>The driver's own words for a fault, without the wrappers' (a migration runner's) around it.</summary>
    public static string Cause(Exception? exception)
    {
        var innermost = exception;
        while (innermost?.InnerException is { } inner && innermost is not System.Data.Common.DbException)
        {
            innermost = inner;
        }

        return innermost is null ? "no error" : $"{innermost.GetType().Name}: {innermost.Message}";
    }

    private ResiliencePipeline Build(string work, int attempts, TimeSpan delay, Func<Exception, bool> retryable)
    {
        if (attempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && retryable(e)
                    && (!args.Context.Properties.TryGetValue(MayRunAgain, out var mayRunAgain) || mayRunAgain())),
                MaxRetryAttempts = attempts,
                Delay = delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogRetrying(_logger, work, Target, args.AttemptNumber + 1, attempts + 1, Cause(args.Outcome.Exception), args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the {Target} at start-up: attempt {Attempt} failed ({Cause}); trying again in {Delay}, giving up in {Remaining}.")]
    private static partial void LogStartWaiting(ILogger logger, string target, int attempt, string cause, TimeSpan delay, TimeSpan remaining);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Passing fault of the {Target} while {Work}: attempt {Attempt} of {Attempts} failed ({Cause}); trying again in {Delay}.")]
    private static partial void LogRetrying(ILogger logger, string work, string target, int attempt, int attempts, string cause, TimeSpan delay);
}
