using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Jobs;

/// <summary><c>crm_job_runs</c>: the last run of each job, replaced by every run.</summary>
internal sealed class JobRunStore(CrmDatabase database)
{
    public async Task RecordAsync(JobRun run, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = new
        {
            run.Code,
            run.Node,
            StartedAt = DbValues.ToUtcParameter(run.StartedAt),
            FinishedAt = DbValues.ToUtcParameter(run.FinishedAt),
            run.Outcome,
            run.Error,
        };

        // Delete and insert rather than an engine's upsert: plain SQL on every engine, and runs of one
        // job never overlap, so nothing races for the row.
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM crm_job_runs WHERE job_code = @Code", row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO crm_job_runs (job_code, node, started_at, finished_at, outcome, error)
            VALUES (@Code, @Node, @StartedAt, @FinishedAt, @Outcome, @Error)
            """,
            row,
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The last run of every job that has run, by code.</returns>
    public async Task<IReadOnlyDictionary<string, JobRun>> LastRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(new CommandDefinition(
            "SELECT job_code, node, started_at, finished_at, outcome, error FROM crm_job_runs",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new JobRun(
                (string)r.job_code,
                (string)r.node,
                DbValues.ToNullableUtc((object?)r.started_at)!.Value,
                DbValues.ToNullableUtc((object?)r.finished_at)!.Value,
                (string)r.outcome,
                (string?)r.error))
            .ToDictionary(r => r.Code, StringComparer.Ordinal);
    }
}
