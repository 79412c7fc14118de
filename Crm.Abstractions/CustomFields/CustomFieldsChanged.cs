using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.CustomFields;

/// <summary>
/// Custom field values of a record were changed through the API or a screen. Not raised for values
/// given when a record is created, nor for a before-change handler's enrichment: the record's own
/// event stands for those (read the values with <see cref="ICustomFieldValues"/>).
/// </summary>
/// <param name="Entity">The kind of record.</param>
/// <param name="Key">The record's key.</param>
/// <param name="Values">
/// All values after the change as it was asked for (invariant text, by field code). A before-change
/// handler's enrichment of this same change is written with it but not listed here: read the
/// committed values with <see cref="ICustomFieldValues"/> when you need them.
/// </param>
/// <param name="Previous">All values before the change.</param>
public sealed record CustomFieldsChanged(
    CustomFieldEntity Entity,
    string Key,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Previous) : CrmEvent;
