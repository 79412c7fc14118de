using System.Data.Common;
using Crm.Abstractions.CustomFields;
using Crm.Module.Validation;

namespace Crm.Module.CustomFields;

/// <summary>Custom field values read and written inside a business operation's transaction.</summary>
internal sealed class CustomFieldTransaction(CustomFieldValidator validator, CustomFieldStore store) : ICustomFieldTransaction
{
    public Task<IReadOnlyDictionary<string, string>> ReadAsync(DbConnection connection, DbTransaction transaction, CustomFieldEntity entity, string key, CancellationToken cancellationToken) =>
        CustomFieldStore.ReadAsync(connection, transaction, entity, key, cancellationToken);

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CustomFieldEntity entity, string key, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken)
    {
        var values = Validate(entity, changes, creating: false);
        if (values.Count == 0)
        {
            return;
        }

        var version = await CustomFieldStore.ReadVersionAsync(connection, transaction, entity, key, cancellationToken).ConfigureAwait(false);
        await store.WriteAsync(connection, transaction, entity, key, values, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates and types <paramref name="changes"/>, throwing every problem at once.</summary>
    public IReadOnlyDictionary<string, CustomFieldValue?> Validate(CustomFieldEntity entity, IReadOnlyDictionary<string, string?> changes, bool creating)
    {
        var errors = new FieldErrors();
        var values = validator.Validate(entity, changes, errors, creating);
        errors.ThrowIfAny();
        return values;
    }
}
