using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Module.Validation;

namespace Crm.Module.CustomFields;

/// <summary>
/// Checks custom field values given as invariant text against their definitions, reporting each
/// problem under <c>customFields.&lt;code&gt;</c>, and turns them into typed values.
/// </summary>
internal sealed class CustomFieldValidator(CustomFieldDefinitions definitions)
{
    public const string Prefix = "customFields.";

    /// <summary>
    /// Checks <paramref name="changes"/> (null or empty clears a field). With <paramref name="creating"/>
    /// every required field of the entity must have a value, named or not.
    /// </summary>
    /// <returns>The typed values by code (null for a cleared field); only trustworthy when <paramref name="errors"/> stayed empty.</returns>
    public IReadOnlyDictionary<string, CustomFieldValue?> Validate(CustomFieldEntity entity, IReadOnlyDictionary<string, string?> changes, FieldErrors errors, bool creating)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(errors);
        var values = new Dictionary<string, CustomFieldValue?>(StringComparer.Ordinal);
        foreach (var (code, text) in changes)
        {
            var field = definitions.Find(entity, code);
            if (field is null)
            {
                errors.Add(Prefix + code, string.Format(CultureInfo.CurrentCulture, Messages.CustomFieldUnknown, entity));
                continue;
            }

            values[code] = Parse(field, text, errors, Prefix + code, field.Field.Required);
        }

        if (creating)
        {
            foreach (var field in definitions.Of(entity).Where(f => f.Field.Required && !changes.ContainsKey(f.Code)))
            {
                errors.Add(Prefix + field.Code, Messages.FieldRequired);
            }
        }

        return values;
    }

    /// <summary>Checks and types one value, reporting problems under <paramref name="name"/> (a filter names its query parameter).</summary>
    public static CustomFieldValue? Parse(DefinedField field, string? text, FieldErrors errors, string name, bool required)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);
        var definition = field.Field;
        var value = errors.Text(name, text, definition.Type == CustomFieldType.Text ? field.MaxLength : CustomFieldDefinitionCheck.MaxTextLength, required);
        if (value is null)
        {
            return null;
        }

        switch (definition.Type)
        {
            case CustomFieldType.Text:
                if (field.Pattern is not null && !Matches(field, value))
                {
                    errors.Add(name, definition.PatternHint ?? Messages.CustomFieldPattern);
                }

                return new CustomFieldValue(value, null, null);
            case CustomFieldType.Number:
                return Number(field, value, errors, name);
            case CustomFieldType.Date:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    errors.Add(name, Messages.DateFormat);
                    return null;
                }

                return new CustomFieldValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, date);
            default:
                var choices = definition.Choices!;
                if (!choices.Any(c => string.Equals(c.Code, value, StringComparison.Ordinal)))
                {
                    errors.Add(name, string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", choices.Select(c => c.Code))));
                }

                return new CustomFieldValue(value, null, null);
        }
    }

    private static CustomFieldValue? Number(DefinedField field, string text, FieldErrors errors, string name)
    {
        if (!CustomFieldNumbers.TryParse(text, out var number) || !CustomFieldNumbers.InRange(number))
        {
            errors.Add(name, Messages.DecimalNumber);
            return null;
        }

        if (CustomFieldNumbers.DecimalPlaces(number) > field.Decimals)
        {
            errors.Add(name, string.Format(CultureInfo.CurrentCulture, Messages.CustomFieldDecimals, field.Decimals));
        }

        if (number < field.Field.Minimum)
        {
            errors.Add(name, string.Format(CultureInfo.CurrentCulture, Messages.CustomFieldMinimum, CustomFieldNumbers.Format(field.Field.Minimum.Value)));
        }

        if (number > field.Field.Maximum)
        {
            errors.Add(name, string.Format(CultureInfo.CurrentCulture, Messages.CustomFieldMaximum, CustomFieldNumbers.Format(field.Field.Maximum.Value)));
        }

        return new CustomFieldValue(CustomFieldNumbers.Format(number), number, null);
    }

    // A pattern that takes over a second on a value is treated as not matching, not as a server error.
    private static bool Matches(DefinedField field, string value)
    {
        try
        {
            return field.Pattern!.IsMatch(value);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
