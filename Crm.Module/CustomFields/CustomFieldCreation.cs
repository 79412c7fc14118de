using System.Data.Common;
using System.Text.Json;
using Crm.Abstractions.CustomFields;
using Crm.Module.Api;
using Crm.Module.Validation;

namespace Crm.Module.CustomFields;

/// <summary>
/// Custom field values given when a record is created: checked together with the record's own
/// fields (every required field must have a value), written in the record's transaction once its
/// key is known. No <see cref="CustomFieldsChanged"/>: the record's own event stands for them.
/// </summary>
internal sealed class CustomFieldCreation(CustomFieldDefinitions definitions, CustomFieldValidator validator, CustomFieldStore store)
{
    public const string BodyField = "customFields";

    private static readonly Dictionary<string, string?> None = [];

    /// <summary>No values: for records created without custom fields (imports, the web form, follow-ups).</summary>
    public static IReadOnlyDictionary<string, CustomFieldValue?> NoValues { get; } = new Dictionary<string, CustomFieldValue?>();

    /// <summary>
    /// The <c>customFields</c> object of a create request as invariant text. Reports the body's other
    /// errors first (call it after reading them); a value of the wrong JSON kind is an error naming the field.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Read(JsonBody body, CustomFieldEntity entity)
    {
        ArgumentNullException.ThrowIfNull(body);
        var values = body.OptionalObject(BodyField, Messages.CustomFieldValuesObject);
        body.ThrowIfInvalid();
        if (values is not { } given)
        {
            return None;
        }

        var errors = new FieldErrors();
        var texts = CustomFieldJson.Read(given, definitions, entity, errors);
        errors.ThrowIfAny();
        return texts;
    }

    /// <summary>Checks <paramref name="customFields"/> into <paramref name="errors"/>, which the caller throws with its own.</summary>
    public IReadOnlyDictionary<string, CustomFieldValue?> Validate(CustomFieldEntity entity, IReadOnlyDictionary<string, string?>? customFields, FieldErrors errors) =>
        validator.Validate(entity, customFields ?? None, errors, creating: true);

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CustomFieldEntity entity, string key, IReadOnlyDictionary<string, CustomFieldValue?> values, CancellationToken cancellationToken)
    {
        var given = values.Where(v => v.Value is not null).ToDictionary(StringComparer.Ordinal);
        if (given.Count > 0)
        {
            await store.WriteAsync(connection, transaction, entity, key, given, 0, cancellationToken).ConfigureAwait(false);
        }
    }
}
