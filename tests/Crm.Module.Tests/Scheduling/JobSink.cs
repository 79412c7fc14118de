using System.Collections.Concurrent;

namespace Crm.Module.Tests.Scheduling;

/// <summary>Every job execution of a test, by schedule identity, shared by all hosts of the test.</summary>
internal sealed class JobSink
{
    private readonly ConcurrentQueue<JobRun> _runs = new();

    public IReadOnlyList<JobRun> Runs => [.. _runs];

    public int RunsOf(string identity) => _runs.Count(r => r.Identity == identity);

    public int SucceededRunsOf(string identity) => _runs.Count(r => r.Identity == identity && r.Succeeded);

    public void Record(JobRun run) => _runs.Enqueue(run);
}

internal sealed record JobRun(string Identity, string Host, string? Text, int RetryAttempt, bool Succeeded);
