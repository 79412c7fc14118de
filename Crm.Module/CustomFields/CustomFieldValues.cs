using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Module.Data;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.CustomFields;

/// <summary>Stored values for plugin code without a user: no permission checks, read-only.</summary>
internal sealed class CustomFieldValues(CrmDatabase database, CustomFieldDefinitions definitions) : ICustomFieldValues
{
    public const int MaxFound = 1000;

    public async Task<IReadOnlyDictionary<string, string>> GetAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CustomFieldStore.ReadAsync(connection, null, entity, key, cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="ArgumentException"><paramref name="code"/> is no field of <paramref name="entity"/>, or <paramref name="value"/> is not of its type.</exception>
    public async Task<IReadOnlyList<string>> FindAsync(CustomFieldEntity entity, string code, string value, CancellationToken cancellationToken = default)
    {
        var field = definitions.Find(entity, code) ?? throw new ArgumentException($"'{code}' is not a custom field of {entity}.", nameof(code));
        var errors = new FieldErrors();
        var typed = CustomFieldValidator.Parse(field, value, errors, code, required: true);
        if (typed is null || errors.Any)
        {
            throw new ArgumentException($"'{value}' is not a valid value of {code}.", nameof(value));
        }

        var parameters = new DynamicParameters();
        var match = CustomFieldFilters.Match(field, typed, "v", parameters, "find");
        parameters.Add("entity", entity.ToString());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT v.record_key FROM crm_custom_field_values v WHERE v.entity = @entity AND {match}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);

        // Key order as people read it: numeric keys by number, which the text column cannot give.
        return [.. keys.OrderBy(k => long.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue).ThenBy(k => k, StringComparer.Ordinal).Take(MaxFound)];
    }
}
