using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Module.Data;
using Crm.Module.Events;

namespace Crm.Module.CustomFields;

/// <summary>
/// A record's custom fields for the signed-in user: read and written only with the rights the record
/// itself demands; a write validates everything first, then checks the version, writes the values
/// and enqueues <see cref="CustomFieldsChanged"/> in one transaction.
/// </summary>
internal sealed class CustomFieldService(
    CrmDatabase database,
    CustomFieldRecords records,
    CustomFieldDefinitions definitions,
    CustomFieldTransaction fields,
    CustomFieldStore store,
    IOutbox outbox,
    TimeProvider clock)
{
    public async Task<CustomFieldState> GetAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken)
    {
        var recordKey = await records.DemandReadAsync(entity, key, cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var values = await CustomFieldStore.ReadAsync(connection, null, entity, recordKey, cancellationToken).ConfigureAwait(false);
        var version = await CustomFieldStore.ReadVersionAsync(connection, null, entity, recordKey, cancellationToken).ConfigureAwait(false);
        return State(entity, recordKey, values, version);
    }

    /// <param name="changes">Values by code as invariant text; null clears a field; fields not named keep their values.</param>
    /// <param name="version">The version last read (0 when nothing was stored).</param>
    public async Task<CustomFieldState> UpdateAsync(CustomFieldEntity entity, string key, IReadOnlyDictionary<string, string?> changes, int version, CancellationToken cancellationToken)
    {
        var recordKey = await records.DemandEditAsync(entity, key, cancellationToken).ConfigureAwait(false);
        var typed = fields.Validate(entity, changes, creating: false);
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var previous = await CustomFieldStore.ReadAsync(connection, transaction, entity, recordKey, cancellationToken).ConfigureAwait(false);
        var stored = await CustomFieldStore.ReadVersionAsync(connection, transaction, entity, recordKey, cancellationToken).ConfigureAwait(false);
        if (stored != version)
        {
            throw new CrmConflictException("customFields", recordKey, version);
        }

        var newVersion = await store.WriteAsync(connection, transaction, entity, recordKey, typed, version, cancellationToken).ConfigureAwait(false);
        var current = previous.ToDictionary(StringComparer.Ordinal);
        foreach (var (code, value) in typed)
        {
            if (value is null)
            {
                current.Remove(code);
            }
            else
            {
                current[code] = value.Text;
            }
        }

        var changed = new CustomFieldsChanged(entity, recordKey, current, previous) { EventId = Guid.NewGuid(), OccurredAt = now };
        await outbox.EnqueueAsync(connection, transaction, changed, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return State(entity, recordKey, current, newVersion);
    }

    private CustomFieldState State(CustomFieldEntity entity, string key, IReadOnlyDictionary<string, string> values, int version) =>
        new(CustomFieldRoutes.NameOf(entity), key, CustomFieldJson.Write(values, definitions, entity), version);
}
