using System.Data.Common;
using Crm.Abstractions.CustomFields;
using Crm.Module.CustomFields;
using Crm.Module.Data.Dialects;
using Dapper;

namespace Crm.Module.Privacy;

/// <summary>
/// Reads every row about a subject's records into one document, grouped by kind: leads with their
/// history, prospects, inquiries with their timelines, activities, each with its custom field values.
/// </summary>
internal sealed class PersonalDataExport(ISqlDialect dialect)
{
    public async Task<PersonalDataDocument> ReadAsync(DbConnection connection, PersonalRecords records, PersonalDataSubjectView subject, DateTimeOffset exportedAt, string exportedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var leads = await RowsAsync(connection, "crm_leads", "id", ExportColumns.Lead, records.LeadIds.ToArray(), cancellationToken).ConfigureAwait(false);
        foreach (var lead in leads)
        {
            var id = (long)lead["leadId"]!;
            lead["history"] = await RowsAsync(connection, "crm_lead_history", "lead_id", ExportColumns.LeadHistory, new[] { id }, cancellationToken, orderBy: "id").ConfigureAwait(false);
            lead["customFields"] = await CustomFieldsAsync(connection, CustomFieldEntity.Lead, ErasedRecord.Of(PersonalKind.Lead, id).Key, cancellationToken).ConfigureAwait(false);
        }

        var prospects = await RowsAsync(connection, "crm_prospects", "id", ExportColumns.Prospect, records.ProspectIds.ToArray(), cancellationToken).ConfigureAwait(false);

        var inquiries = await RowsAsync(connection, "crm_inquiries", "id", ExportColumns.Inquiry, records.Inquiries.Select(i => i.Id).ToArray(), cancellationToken).ConfigureAwait(false);
        var inquiryIds = records.Inquiries.ToDictionary(i => i.Number, i => i.Id, StringComparer.Ordinal);
        foreach (var inquiry in inquiries)
        {
            var number = (string)inquiry["inquiryNumber"]!;
            inquiry["timeline"] = await RowsAsync(connection, "crm_inquiry_timeline", "inquiry_id", ExportColumns.InquiryTimeline, new[] { inquiryIds[number] }, cancellationToken, orderBy: "id").ConfigureAwait(false);
            inquiry["customFields"] = await CustomFieldsAsync(connection, CustomFieldEntity.Inquiry, number, cancellationToken).ConfigureAwait(false);
        }

        var activities = await RowsAsync(connection, "crm_activities", "id", ExportColumns.Activity, records.ActivityIds.ToArray(), cancellationToken).ConfigureAwait(false);
        foreach (var activity in activities)
        {
            var key = ErasedRecord.Of(PersonalKind.Activity, (long)activity["activityId"]!).Key;
            activity["customFields"] = await CustomFieldsAsync(connection, CustomFieldEntity.Activity, key, cancellationToken).ConfigureAwait(false);
        }

        return new PersonalDataDocument(subject, exportedAt, exportedBy, leads, prospects, inquiries, activities);
    }

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="keyColumn"/> is one of <paramref name="keys"/>, ordered by the key (records are listed in key order too).</summary>
    private async Task<List<Dictionary<string, object?>>> RowsAsync(
        DbConnection connection, string table, string keyColumn, IReadOnlyList<ExportColumn> columns, long[] keys, CancellationToken cancellationToken, string? orderBy = null)
    {
        if (keys.Length == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync(new CommandDefinition(
            $"SELECT {ExportColumns.Select(columns)} FROM {table} WHERE {dialect.InList(keyColumn, "@keys")} ORDER BY {orderBy ?? keyColumn}",
            new { keys },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return
        [
            .. rows.Cast<IDictionary<string, object?>>().Select(row => columns.ToDictionary(c => c.Name, c => c.Read(row[c.Column]), StringComparer.Ordinal)),
        ];
    }

    private static async Task<IReadOnlyDictionary<string, string>> CustomFieldsAsync(DbConnection connection, CustomFieldEntity entity, string key, CancellationToken cancellationToken) =>
        await CustomFieldStore.ReadAsync(connection, null, entity, key, cancellationToken).ConfigureAwait(false);
}
