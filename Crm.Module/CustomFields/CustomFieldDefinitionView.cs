using Crm.Abstractions.CustomFields;

namespace Crm.Module.CustomFields;

/// <summary>A definition as the API lists it, with the defaults filled in.</summary>
internal sealed record CustomFieldDefinitionView(
    string Code,
    string Name,
    string Type,
    bool Required,
    int? MaxLength,
    string? Pattern,
    string? PatternHint,
    decimal? Minimum,
    decimal? Maximum,
    int? Decimals,
    IReadOnlyList<CustomFieldChoiceView>? Choices)
{
    public static CustomFieldDefinitionView Of(CustomField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = field.Type == CustomFieldType.Text;
        var number = field.Type == CustomFieldType.Number;
        return new(
            field.Code,
            field.Name,
            field.Type.ToString(),
            field.Required,
            text ? field.MaxLength ?? DefinedField.DefaultMaxLength : null,
            field.Pattern,
            field.PatternHint,
            field.Minimum,
            field.Maximum,
            number ? field.Decimals ?? DefinedField.DefaultDecimals : null,
            field.Choices?.Select(c => new CustomFieldChoiceView(c.Code, c.Name)).ToList());
    }
}

/// <summary>One choice as the API lists it.</summary>
internal sealed record CustomFieldChoiceView(string Code, string Name);
