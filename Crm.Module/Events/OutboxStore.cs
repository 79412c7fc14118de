using System.Data.Common;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Events;

/// <summary>
/// The dispatcher's statements on <c>crm_outbox</c>, the same on every engine. A row is claimed
/// by one conditional UPDATE: PostgreSQL and SQL Server re-check its WHERE on the locked row and
/// SQLite runs writers one at a time, so of several hosts racing for a row exactly one sees
/// "1 row affected". Every write checks that the row is still undelivered, so a host whose lock
/// ran out cannot undo what another host recorded meanwhile.
/// </summary>
internal sealed class OutboxStore(CrmDatabase database, OutboxOptions options)
{
    private const int MaxErrorLength = 2000;

    private const string Due = "next_attempt_at <= @now AND (locked_until IS NULL OR locked_until < @now)";

    private readonly string _dueRows = $"SELECT {OutboxRow.Columns} FROM crm_outbox WHERE {Due} ORDER BY id {database.Dialect.Paging}";

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    /// <summary>Up to <see cref="OutboxOptions.BatchSize"/> rows due at <paramref name="now"/> and not locked, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxRow>> DueAsync(DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            _dueRows, new { now = DbValues.ToUtcParameter(now), skip = 0, take = options.BatchSize }, cancellationToken: cancellationToken)).ConfigureAwait(false)];

    /// <summary>True when this host now owns <paramref name="row"/> until <paramref name="now"/> plus the lock duration.</summary>
    public async Task<bool> ClaimAsync(DbConnection connection, OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE crm_outbox SET locked_by = @node, locked_until = @until WHERE id = @id AND attempts = @attempts AND {Due}",
            new
            {
                id = row.Id,
                attempts = row.Attempts,
                node = options.NodeName,
                now = DbValues.ToUtcParameter(now),
                until = DbValues.ToUtcParameter(now + options.LockDuration),
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;

    // The outcome writes take no cancellation token: once a handler has run, recording that is
    // worth finishing even while the host stops, or the event would be delivered again.
    public static Task MarkDeliveredAsync(DbConnection connection, long id, DateTimeOffset now) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crm_outbox SET delivered_at = @now, next_attempt_at = NULL, locked_until = NULL WHERE id = @id AND delivered_at IS NULL",
            new { id, now = DbValues.ToUtcParameter(now) }));

    /// <summary>Records a failed attempt: due again at <paramref name="nextAttemptAt"/>, or dead when that is null.</summary>
    public Task MarkFailedAsync(DbConnection connection, long id, int attempts, string error, DateTimeOffset? nextAttemptAt, DateTimeOffset now) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE crm_outbox SET attempts = @attempts, last_error = @error, next_attempt_at = @nextAttemptAt, dead_at = @deadAt, locked_until = NULL
            WHERE id = @id AND locked_by = @node AND delivered_at IS NULL
            """,
            new
            {
                id,
                attempts,
                error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error,
                nextAttemptAt = nextAttemptAt is { } next ? DbValues.ToUtcParameter(next) : (DateTime?)null,
                deadAt = nextAttemptAt is null ? DbValues.ToUtcParameter(now) : (DateTime?)null,
                node = options.NodeName,
            }));

    /// <summary>Gives a claimed row back untouched (the host is stopping), so any host may take it at once.</summary>
    public Task ReleaseAsync(DbConnection connection, long id) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crm_outbox SET locked_until = NULL WHERE id = @id AND locked_by = @node AND delivered_at IS NULL",
            new { id, node = options.NodeName }));
}
