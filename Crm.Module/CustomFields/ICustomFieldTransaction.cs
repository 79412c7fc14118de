using System.Data.Common;
using Crm.Abstractions.CustomFields;

namespace Crm.Module.CustomFields;

/// <summary>
/// Custom field values inside a business operation's transaction: what before-change handlers see
/// (<see cref="ReadAsync"/>) and what their enrichments write (<see cref="WriteAsync"/>), so that a
/// vetoed or failed operation leaves no value behind.
/// </summary>
internal interface ICustomFieldTransaction
{
    /// <summary>The record's stored values (invariant text, by field code), read in <paramref name="transaction"/>.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadAsync(DbConnection connection, DbTransaction transaction, CustomFieldEntity entity, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Validates <paramref name="changes"/> (null clears a field) against the definitions — throwing a
    /// <see cref="Crm.Abstractions.Common.CrmValidationException"/> naming <c>customFields.&lt;code&gt;</c>
    /// before writing anything — then writes them in <paramref name="transaction"/>.
    /// </summary>
    Task WriteAsync(DbConnection connection, DbTransaction transaction, CustomFieldEntity entity, string key, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken);
}
