using Crm.Abstractions.CustomFields;

namespace ErpCrm.Automotive.Tests.Infrastructure;

/// <summary>
/// Custom field values held in memory, answering <see cref="ICustomFieldValues"/> as its contract
/// says, for handlers tested on their own; the add-on's store is used by the end-to-end tests.
/// </summary>
internal sealed class StoredFieldValues : ICustomFieldValues
{
    private readonly Dictionary<(CustomFieldEntity, string), IReadOnlyDictionary<string, string>> _values = [];

    public void Set(CustomFieldEntity entity, string key, IReadOnlyDictionary<string, string> values) => _values[(entity, key)] = values;

    public Task<IReadOnlyDictionary<string, string>> GetAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_values.GetValueOrDefault((entity, key)) ?? new Dictionary<string, string>());

    public Task<IReadOnlyList<string>> FindAsync(CustomFieldEntity entity, string code, string value, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. _values.Where(e => e.Key.Item1 == entity && e.Value.GetValueOrDefault(code) == value).Select(e => e.Key.Item2).Order(StringComparer.Ordinal).Take(1000)]);
}
