using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Screens;
using Crm.Module.CustomFields;

namespace Crm.Module.Screens.CustomFields;

/// <summary>
/// What custom fields add to screens: a card's "Additional fields" section and its edit action, read
/// from and sent to <c>/api/crm/custom-fields/{entity}/{key}</c>, and a list's filter inputs passed
/// as <c>cf.&lt;code&gt;</c>. Labels are <c>field.&lt;code&gt;</c> (choices <c>field.&lt;code&gt;.&lt;choice&gt;</c>),
/// the keys <see cref="CustomField"/> tells plugins to translate.
/// </summary>
internal static class CustomFieldScreenParts
{
    public const string SectionId = "crm.customFields";
    public const string EditActionId = "crm.editCustomFields";
    public const string FilterSectionId = "crm.customFieldFilters";

    /// <summary>The edit inputs' ids are the names the API gives their validation errors, so each error shows at its input.</summary>
    public const string InputPrefix = "customFields.";

    /// <summary>A filter's id is its query parameter, in the shell's URL as in the API's.</summary>
    public const string FilterPrefix = CustomFieldFilters.QueryPrefix;

    private const string Key = "screens.customFields.";

    /// <summary>The section and edit action for the card <paramref name="screenId"/> of one <paramref name="entity"/>; null when it has no fields.</summary>
    public static ScreenExtension? CardExtension(string screenId, CustomFieldEntity entity, IReadOnlyList<CustomField> fields)
    {
        if (fields.Count == 0)
        {
            return null;
        }

        var route = $"/api/crm/custom-fields/{CustomFieldRoutes.NameOf(entity)}/{{key}}";
        var shown = fields.Select(field => Field("crm.customField." + field.Code, field, ValuePath(field)));
        var inputs = fields.Select(field => Field(InputPrefix + field.Code, field, ValuePath(field)) with { Editable = true, Required = field.Required });
        return new ScreenExtension(
            "crm.custom-fields." + screenId,
            screenId,
            ScreenAnchor.End,
            Sections: [new ScreenSection(SectionId, Key + "section", [.. shown], DataRoute: route)],
            Actions:
            [
                new ScreenAction(EditActionId, Key + "edit", "PUT", route, Inputs: [.. inputs], RecordValues: ["version"])
                {
                    // The version and the values are the section's (the values route), not the card's record.
                    RecordSectionId = SectionId,
                    SendsEmptyAsNull = true,
                },
            ]);
    }

    /// <summary>The list with a filter per field, each passed to its data route as <c>cf.&lt;code&gt;</c>; unchanged without fields.</summary>
    public static ScreenDefinition WithFilters(ScreenDefinition list, IReadOnlyList<CustomField> fields)
    {
        if (fields.Count == 0 || list.DataRoute is not { } route)
        {
            return list;
        }

        // The shell fills a filter's placeholder from the field of the same id and drops the parameter when it is empty.
        // A list's answer does not echo the filter, so its path only names the parameter: the input starts empty.
        var query = string.Join('&', fields.Select(field => $"{FilterPrefix}{field.Code}={{{FilterPrefix}{field.Code}}}"));
        var filters = fields.Select(field => Field(FilterPrefix + field.Code, field, $"[\"{FilterPrefix}{field.Code}\"]") with { Editable = true });
        return list with
        {
            DataRoute = route + (route.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query,
            Sections = [.. list.Sections, new ScreenSection(FilterSectionId, Key + "filters", [.. filters])],
        };
    }

    // Codes contain dots, so the value's name is bracketed (see ScreenField.DataPath).
    private static string ValuePath(CustomField field) => $"values[\"{field.Code}\"]";

    private static ScreenField Field(string id, CustomField field, string dataPath) => new(
        id,
        "field." + field.Code,
        field.Type switch
        {
            CustomFieldType.Number => FieldType.Number,
            CustomFieldType.Date => FieldType.Date,
            CustomFieldType.Choice => FieldType.Choice,
            _ => FieldType.Text,
        },
        dataPath,
        Choices: field.Choices is { } choices ? [.. choices.Select(choice => choice.Code)] : null);
}
