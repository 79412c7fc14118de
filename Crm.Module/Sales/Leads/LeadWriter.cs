using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Sales;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Events;
using Dapper;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// Writes a new lead with its first history entry and its <see cref="LeadCreated"/> event in the
/// caller's transaction: the API, the import and the web form create leads alike. Custom field
/// values given with the lead are written before the event, so before-change handlers see them.
/// </summary>
internal sealed class LeadWriter(LeadSql sql, CustomFieldCreation customFields, IOutbox outbox)
{
    public async Task<LeadRow> InsertAsync(
        DbConnection connection, DbTransaction transaction, LeadFields fields, string? owner, string by, DateTimeOffset now, IReadOnlyDictionary<string, CustomFieldValue?> customFieldValues, CancellationToken cancellationToken)
    {
        var row = new LeadRow
        {
            Status = nameof(LeadStatus.New),
            Owner = owner,
            CreatedAt = DbValues.ToUtcParameter(now),
            CreatedBy = by,
            UpdatedAt = DbValues.ToUtcParameter(now),
            UpdatedBy = by,
            Version = 1,
        };
        row.Apply(fields);
        row.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.Insert, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await AddHistoryAsync(connection, transaction, row.Id, now, by, "Created", owner is null ? $"From {fields.Source}, unowned." : $"From {fields.Source}, owner {owner}.", cancellationToken).ConfigureAwait(false);
        await customFields.WriteAsync(connection, transaction, CustomFieldEntity.Lead, row.Id.ToString(CultureInfo.InvariantCulture), customFieldValues, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(connection, transaction, new LeadCreated(row.ToLead()) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>Writes every mutable column of <paramref name="row"/> when the stored version is still <paramref name="expectedVersion"/>.</summary>
    public static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, LeadRow row, int expectedVersion, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        if (await connection.ExecuteAsync(new CommandDefinition(LeadSql.Update, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) != 1)
        {
            throw new CrmConflictException("lead", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), expectedVersion);
        }
    }

    public static Task AddHistoryAsync(DbConnection connection, DbTransaction transaction, long leadId, DateTimeOffset at, string by, string kind, string? text, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            LeadSql.InsertHistory,
            new { LeadId = leadId, At = DbValues.ToUtcParameter(at), By = by, Kind = kind, Text = text },
            transaction,
            cancellationToken: cancellationToken));
}
