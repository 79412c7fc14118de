using System.Data.Common;
using Crm.Abstractions.Erp;
using Dapper;
using ErpCrm.MedicalDevices.Complaints;

namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>
/// Reads and writes <c>med_vigilance_reports</c> in the ERP database, beside the add-on's tables.
/// Every write is idempotent, because the events that cause them may be delivered more than once.
/// </summary>
internal sealed class VigilanceReports(IErpDatabase database)
{
    private const string Columns =
        "inquiry_number AS InquiryNumber, account_key AS AccountKey, assignee AS Assignee, status AS Status, " +
        "aware_at AS AwareAt, deadline_at AS DeadlineAt, filed_at AS FiledAt, overdue_at AS OverdueAt";

    /// <summary>
    /// Records the report's state as of <paramref name="at"/>. The first <c>required</c> or
    /// <c>filed</c> creates the row, with the deadline counted from <paramref name="awareAt"/> (or
    /// <paramref name="at"/>); later states update it unless a newer state was already recorded.
    /// A state other than those for an inquiry without a row is nothing to keep. A new row carries
    /// <paramref name="accountKey"/> and <paramref name="assignee"/> when the caller knows them, so
    /// nobody reads a required report without its case (<see cref="NoteCaseAsync"/> fills them later otherwise).
    /// </summary>
    public async Task RecordAsync(string inquiryNumber, string status, DateTimeOffset at, DateTimeOffset? awareAt = null, string? accountKey = null, string? assignee = null, CancellationToken cancellationToken = default)
    {
        var aware = awareAt ?? at;
        var parameters = new
        {
            number = inquiryNumber,
            status,
            at = DbTime.ToParameter(at),
            aware = DbTime.ToParameter(aware),
            deadline = DbTime.ToParameter(aware + ReportingDeadline.AfterAwareness),
            filed = status == ReportState.Filed ? DbTime.ToParameter(at) : (DateTime?)null,
            accountKey,
            assignee,
        };
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (status is ReportState.Required or ReportState.Filed)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO {CreateVigilanceReports.Table} (inquiry_number, status, status_at, aware_at, deadline_at, filed_at, account_key, assignee)
                SELECT @number, @status, @at, @aware, @deadline, @filed, @accountKey, @assignee
                WHERE NOT EXISTS (SELECT 1 FROM {CreateVigilanceReports.Table} WHERE inquiry_number = @number)
                """,
                parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        // Filing keeps the first filing time; any other state clears it, so reminders resume.
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE {CreateVigilanceReports.Table}
            SET status = @status, status_at = @at,
                filed_at = CASE WHEN @status = 'filed' THEN COALESCE(filed_at, @at) ELSE NULL END
            WHERE inquiry_number = @number AND status_at <= @at AND status <> @status
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Notes the customer and the person working the complaint, where a row exists.</summary>
    public async Task NoteCaseAsync(string inquiryNumber, string? accountKey, string? assignee, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE {CreateVigilanceReports.Table}
            SET account_key = COALESCE(@accountKey, account_key), assignee = COALESCE(@assignee, assignee)
            WHERE inquiry_number = @number
            """,
            new { number = inquiryNumber, accountKey, assignee },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>One report, or null.</summary>
    public async Task<VigilanceReport?> FindAsync(string inquiryNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"SELECT {Columns} FROM {CreateVigilanceReports.Table} WHERE inquiry_number = @number",
            new { number = inquiryNumber },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToReport()).SingleOrDefault();
    }

    /// <summary>The reports still to be filed, soonest deadline first.</summary>
    /// <param name="deadlineBefore">Only those due on or before this moment; null for all of them.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<VigilanceReport>> UnfiledAsync(DateTimeOffset? deadlineBefore, CancellationToken cancellationToken = default)
    {
        var until = deadlineBefore is null ? string.Empty : "AND deadline_at <= @until";
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM {CreateVigilanceReports.Table}
            WHERE status = 'required' {until}
            ORDER BY deadline_at, inquiry_number
            """,
            new { until = DbTime.ToParameter(deadlineBefore) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToReport())];
    }

    /// <summary>Marks the reports past their deadline and not filed as overdue, once; returns how many were newly marked.</summary>
    public async Task<int> MarkOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE {CreateVigilanceReports.Table} SET overdue_at = @now
            WHERE status = 'required' AND deadline_at < @now AND overdue_at IS NULL
            """,
            new { now = DbTime.ToParameter(now) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // What Dapper reads; the timestamps come as the provider hands them out (see DbTime).
    private sealed class ReportRow
    {
        public string InquiryNumber { get; init; } = string.Empty;

        public string? AccountKey { get; init; }

        public string? Assignee { get; init; }

        public string Status { get; init; } = string.Empty;

        public object AwareAt { get; init; } = DBNull.Value;

        public object DeadlineAt { get; init; } = DBNull.Value;

        public object? FiledAt { get; init; }

        public object? OverdueAt { get; init; }

        public VigilanceReport ToReport() => new(
            InquiryNumber, AccountKey, Assignee, Status, DbTime.FromValue(AwareAt), DbTime.FromValue(DeadlineAt), DbTime.FromNullable(FiledAt), DbTime.FromNullable(OverdueAt));
    }
}
