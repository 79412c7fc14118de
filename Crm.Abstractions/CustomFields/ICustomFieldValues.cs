namespace Crm.Abstractions.CustomFields;

/// <summary>
/// Reads stored custom field values, for plugin code that runs without a signed-in user (event
/// handlers, follow-up rules, scheduled jobs). Values are text in the invariant form of their
/// <see cref="CustomFieldType"/>; a field without a value is absent. Writes go through the HTTP API,
/// record creation, or <see cref="Extensibility.CrmChangeContext.SetField"/> in a before-change handler.
/// </summary>
public interface ICustomFieldValues
{
    /// <summary>The values of one record, by field code (empty when it has none or does not exist).</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="key">The record's key (see <see cref="CustomFieldEntity"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Field code to value.</returns>
    Task<IReadOnlyDictionary<string, string>> GetAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken = default);

    /// <summary>The keys of the records whose field <paramref name="code"/> holds exactly <paramref name="value"/> (at most 1000, in key order).</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="code">The field's code.</param>
    /// <param name="value">The value in its invariant text form.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Keys of the matching records.</returns>
    Task<IReadOnlyList<string>> FindAsync(CustomFieldEntity entity, string code, string value, CancellationToken cancellationToken = default);
}
