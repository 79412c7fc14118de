using Crm.Abstractions.CustomFields;

namespace ErpCrm.MedicalDevices.Tests.Infrastructure;

/// <summary>
/// Custom field values held in memory, answered as the contract describes (a record without values
/// is empty; finds are exact and in key order), for testing the plugin's handlers and job alone.
/// </summary>
internal sealed class StoredFieldValues : ICustomFieldValues
{
    private readonly Dictionary<(CustomFieldEntity, string), Dictionary<string, string>> _records = [];

    public StoredFieldValues Set(CustomFieldEntity entity, string key, string code, string value)
    {
        if (!_records.TryGetValue((entity, key), out var fields))
        {
            _records[(entity, key)] = fields = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        fields[code] = value;
        return this;
    }

    public Task<IReadOnlyDictionary<string, string>> GetAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            _records.TryGetValue((entity, key), out var fields) ? new Dictionary<string, string>(fields) : new Dictionary<string, string>());

    public Task<IReadOnlyList<string>> FindAsync(CustomFieldEntity entity, string code, string value, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. _records.Where(r => r.Key.Item1 == entity && r.Value.TryGetValue(code, out var v) && v == value).Select(r => r.Key.Item2).Order(StringComparer.Ordinal)]);
}
