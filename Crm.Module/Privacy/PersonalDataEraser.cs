using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Privacy;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Events;
using Dapper;

namespace Crm.Module.Privacy;

/// <summary>
/// Erases the personal data of records inside the caller's transaction, everywhere
/// <see cref="PersonalData"/> lists, and raises a <see cref="PersonalDataErased"/> per lead, inquiry
/// and activity in the same transaction. The records' versions move on, so an edit begun before the
/// erasure cannot write the old data back. Erasing an erased record again changes nothing that matters.
/// </summary>
/// <remarks>
/// No LeadUpdated or similar is raised: its payload would carry the data just erased. The ERP's
/// tables are never written.
/// </remarks>
internal sealed class PersonalDataEraser(IOutbox outbox, CustomFieldDefinitions fields, TimeProvider clock)
{
    public async Task EraseAsync(DbConnection connection, DbTransaction transaction, PersonalRecords records, string reason, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var now = clock.GetUtcNow();
        var old = new Dictionary<ErasedRecord, HashSet<string>>();
        var erase = new Eraser(connection, transaction, DbValues.ToUtcParameter(now), by, old, cancellationToken);

        foreach (var id in records.LeadIds)
        {
            var record = ErasedRecord.Of(PersonalKind.Lead, id);
            await erase.RowsAsync(PersonalData.Leads, id, record.Key, record).ConfigureAwait(false);
            await erase.RowsAsync(PersonalData.LeadHistory, id, record.Key, record).ConfigureAwait(false);
            await EraseCustomFieldsAsync(erase, CustomFieldEntity.Lead, record).ConfigureAwait(false);
        }

        foreach (var id in records.ProspectIds)
        {
            var record = ErasedRecord.Of(PersonalKind.Prospect, id);
            await erase.RowsAsync(PersonalData.Prospects, id, record.Key, record).ConfigureAwait(false);
        }

        foreach (var inquiry in records.Inquiries)
        {
            var record = new ErasedRecord(PersonalKind.Inquiry, inquiry.Number);
            await erase.RowsAsync(PersonalData.Inquiries, inquiry.Id, inquiry.Number, record).ConfigureAwait(false);
            await erase.RowsAsync(PersonalData.InquiryTimeline, inquiry.Id, inquiry.Number, record).ConfigureAwait(false);
            await EraseCustomFieldsAsync(erase, CustomFieldEntity.Inquiry, record).ConfigureAwait(false);
        }

        foreach (var id in records.ActivityIds)
        {
            var record = ErasedRecord.Of(PersonalKind.Activity, id);
            await erase.RowsAsync(PersonalData.Activities, id, record.Key, record).ConfigureAwait(false);
            await EraseCustomFieldsAsync(erase, CustomFieldEntity.Activity, record).ConfigureAwait(false);
        }

        await OutboxScrubber.ScrubAsync(connection, transaction, old, cancellationToken).ConfigureAwait(false);

        var erased = records.LeadIds.Select(id => (CustomFieldEntity.Lead, Key(id)))
            .Concat(records.Inquiries.Select(i => (CustomFieldEntity.Inquiry, i.Number)))
            .Concat(records.ActivityIds.Select(id => (CustomFieldEntity.Activity, Key(id))));
        foreach (var (entity, key) in erased)
        {
            var change = new PersonalDataErased(entity, key, reason, by) { EventId = Guid.NewGuid(), OccurredAt = now };
            await outbox.EnqueueAsync(connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Deletes the record's text values and those of fields no longer defined (they could hold
    /// anything); numbers, dates and choices are not personal and stay. The record's custom field
    /// version moves on, as with any change of its values.
    /// </summary>
    private async Task EraseCustomFieldsAsync(Eraser erase, CustomFieldEntity entity, ErasedRecord record)
    {
        var kept = fields.Of(entity).Where(f => f.Field.Type != CustomFieldType.Text).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var stored = await CustomFieldStore.ReadAsync(erase.Connection, erase.Transaction, entity, record.Key, erase.CancellationToken).ConfigureAwait(false);
        var personal = stored.Where(v => !kept.Contains(v.Key)).ToList();
        if (personal.Count == 0)
        {
            return;
        }

        foreach (var (code, text) in personal)
        {
            erase.Remember(record, text);
            await erase.ExecuteAsync(
                "DELETE FROM crm_custom_field_values WHERE entity = @entity AND record_key = @key AND code = @code",
                new { entity = entity.ToString(), key = record.Key, code }).ConfigureAwait(false);
        }

        await erase.ExecuteAsync(
            "UPDATE crm_custom_field_records SET version = version + 1 WHERE entity = @entity AND record_key = @key",
            new { entity = entity.ToString(), key = record.Key }).ConfigureAwait(false);
    }

    /// <summary>One erasure's connection, time and user, and the old values it has overwritten so far.</summary>
    private sealed class Eraser(DbConnection connection, DbTransaction transaction, DateTime now, string by, Dictionary<ErasedRecord, HashSet<string>> old, CancellationToken cancellationToken)
    {
        public DbConnection Connection => connection;

        public DbTransaction Transaction => transaction;

        public CancellationToken CancellationToken => cancellationToken;

        public void Remember(ErasedRecord record, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            if (!old.TryGetValue(record, out var values))
            {
                old[record] = values = new HashSet<string>(StringComparer.Ordinal);
            }

            values.Add(value);
        }

        /// <summary>Overwrites the personal columns of <paramref name="table"/>'s rows of one record, remembering their old values.</summary>
        public async Task RowsAsync(PersonalTable table, long id, string label, ErasedRecord record)
        {
            var columns = table.Columns.ToList();
            var rows = await connection.QueryAsync(new CommandDefinition(
                $"SELECT {string.Join(", ", columns)} FROM {table.Table} WHERE {table.KeyColumn} = @id", new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (IDictionary<string, object?> row in rows)
            {
                foreach (var value in row.Values)
                {
                    Remember(record, value as string);
                }
            }

            var set = table.NulledColumns.Select(c => $"{c} = NULL").ToList();
            if (table.PlaceholderColumn is { } placeholder)
            {
                set.Add($"{placeholder} = @placeholder");
            }

            if (table.IsRecord)
            {
                set.Add("version = version + 1");
                set.Add("updated_at = @now");
                set.Add("updated_by = @by");
            }

            if (table.HasErasedAt)
            {
                set.Add("erased_at = @now");
            }

            var text = table.PlaceholderFormat is { } format ? string.Format(CultureInfo.InvariantCulture, format, label) : null;
            await ExecuteAsync($"UPDATE {table.Table} SET {string.Join(", ", set)} WHERE {table.KeyColumn} = @id", new { id, placeholder = text, now, by }).ConfigureAwait(false);
        }

        public Task<int> ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
    }
}
