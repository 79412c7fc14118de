using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.CustomFields;
using Crm.Module.Validation;

namespace Crm.Module.CustomFields;

/// <summary>
/// Custom field values between typed JSON (the HTTP API: numbers as JSON numbers, the rest as
/// strings) and invariant text (storage, events, plugins).
/// </summary>
internal static class CustomFieldJson
{
    /// <summary>
    /// Reads an object of code → value-or-null into invariant text. A value of the wrong JSON kind is
    /// an error naming the field; an unknown code passes through for the validator to name.
    /// </summary>
    public static Dictionary<string, string?> Read(JsonElement values, CustomFieldDefinitions definitions, CustomFieldEntity entity, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(errors);
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in values.EnumerateObject())
        {
            var type = definitions.Find(entity, property.Name)?.Field.Type;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    texts[property.Name] = null;
                    break;
                case JsonValueKind.String when !Api.JsonText.TryRead(value, out _):
                    errors.Add(CustomFieldValidator.Prefix + property.Name, Messages.NotText);
                    break;
                case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False when type is null:
                    texts[property.Name] = value.ToString();
                    break;
                case JsonValueKind.Number when type is CustomFieldType.Number && value.TryGetDecimal(out var number):
                    texts[property.Name] = number.ToString(CultureInfo.InvariantCulture);
                    break;
                case JsonValueKind.String when type is not CustomFieldType.Number:
                    texts[property.Name] = value.GetString();
                    break;
                default:
                    errors.Add(CustomFieldValidator.Prefix + property.Name, string.Format(CultureInfo.CurrentCulture, Messages.CustomFieldValueType, type));
                    break;
            }
        }

        return texts;
    }

    /// <summary>Stored values as typed JSON values; a value of a field no longer defined stays text.</summary>
    public static IReadOnlyDictionary<string, object> Write(IReadOnlyDictionary<string, string> values, CustomFieldDefinitions definitions, CustomFieldEntity entity)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(definitions);
        return values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(
            v => v.Key,
            v => definitions.Find(entity, v.Key)?.Field.Type == CustomFieldType.Number && CustomFieldNumbers.TryParse(v.Value, out var number) ? (object)number : v.Value,
            StringComparer.Ordinal);
    }
}
