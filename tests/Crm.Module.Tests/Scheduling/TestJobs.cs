using Quartz;

namespace Crm.Module.Tests.Scheduling;

/// <summary>Records that it ran, on which host, with the schedule's data.</summary>
internal sealed class RecordingJob(JobSink sink, HostName host) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        context.MergedJobDataMap.TryGetString("text", out var text);
        sink.Record(new JobRun(context.JobDetail.Key.Name, host.Name, text, context.RetryAttempt, Succeeded: true));
        return ValueTask.CompletedTask;
    }
}

/// <summary>Fails its first two runs per identity, then succeeds: within a retry policy of two retries.</summary>
internal sealed class FlakyJob(JobSink sink, HostName host) : IJob
{
    public const int Failures = 2;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var identity = context.JobDetail.Key.Name;
        var succeeds = sink.RunsOf(identity) >= Failures;
        sink.Record(new JobRun(identity, host.Name, null, context.RetryAttempt, succeeds));
        return succeeds ? ValueTask.CompletedTask : throw new InvalidOperationException($"flaky job '{identity}' fails this time");
    }
}

/// <summary>Which test host a job ran on.</summary>
internal sealed record HostName(string Name);
