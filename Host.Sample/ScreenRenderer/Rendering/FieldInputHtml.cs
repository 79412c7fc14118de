using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// A labelled input by <see cref="FieldType"/>. Options that come from the API are loaded by
/// screens.js; without script a select still posts its current value and a combobox is a text box.
/// </summary>
internal static class FieldInputHtml
{
    public static void Write(HtmlWriter html, FieldInput input, RenderScope scope)
    {
        var field = input.Field;
        var label = scope.Label(field.LabelKey);
        var errorId = input.Errors.Count > 0 ? input.Id + "-error" : null;
        if (field.Type == FieldType.Boolean)
        {
            html.Open("div", ("class", "field field-check"));
            html.Void("input", [("type", "checkbox"), ("id", input.Id), ("name", input.Name), ("value", "true"),
                ("checked", input.Value == "true" ? "checked" : null), .. Validity(input, errorId)]);
            html.Element("label", label, ("for", input.Id));
            Errors(html, input, errorId);
            html.Close("div");
            return;
        }

        html.Open("div", ("class", "field"));
        html.Element("label", label, ("for", input.Id));
        var dependsOn = RouteTemplate.Placeholders(field.OptionsRoute).Where(name => name != field.Id).ToList();
        if (field.Type is FieldType.Choice or FieldType.Reference && (field.Choices is { Count: > 0 } || dependsOn.Count > 0 || field.Type == FieldType.Choice && field.OptionsRoute is not null))
        {
            Select(html, input, errorId, dependsOn, scope);
        }
        else if (field.Type == FieldType.Reference && field.OptionsRoute is not null)
        {
            Combobox(html, input, errorId, label);
        }
        else if (field.Type == FieldType.File)
        {
            // A browser never pre-fills a file input, so no value is written.
            html.Void("input", [("type", "file"), ("id", input.Id), ("name", input.Name),
                ("accept", field.Choices is { Count: > 0 } types ? string.Join(',', types) : null), .. Validity(input, errorId)]);
        }
        else
        {
            html.Void("input", [("type", InputType(field.Type)), ("id", input.Id), ("name", input.Name), ("value", input.Value),
                ("step", field.Type is FieldType.Number or FieldType.Money ? "any" : null), .. Validity(input, errorId)]);
        }

        Errors(html, input, errorId);
        html.Close("div");
    }

    private static void Select(HtmlWriter html, FieldInput input, string? errorId, List<string> dependsOn, RenderScope scope)
    {
        var field = input.Field;
        html.Open("select", [("id", input.Id), ("name", input.Name), .. OptionSource(field),
            ("data-depends-on", dependsOn.Count > 0 ? string.Join(' ', dependsOn) : null), .. Validity(input, errorId)]);
        if (!field.Required)
        {
            html.Element("option", string.Empty, ("value", string.Empty));
        }

        var values = field.Choices ?? [];
        foreach (var value in values)
        {
            var shown = input.ChoiceNames?.GetValueOrDefault(value)
                ?? (scope.Context.Labels.TryGetValue(field.LabelKey + "." + value, out var text) ? text : value);
            html.Element("option", shown, ("value", value), ("selected", value == input.Value ? "selected" : null));
        }

        // Options from the API arrive by script; until then the current value stays choosable and is posted.
        if (!string.IsNullOrEmpty(input.Value) && !values.Contains(input.Value))
        {
            html.Element("option", input.Value, ("value", input.Value), ("selected", "selected"));
        }

        html.Close("select");
    }

    private static void Combobox(HtmlWriter html, FieldInput input, string? errorId, string label)
    {
        var listId = input.Id + "-options";
        var choiceId = input.Id + "-choice";
        html.Open("div", ("class", "combobox"));
        html.Void("input", [("type", "text"), ("id", input.Id), ("name", input.Name), ("value", input.Value), ("autocomplete", "off"),
            ("role", "combobox"), ("aria-autocomplete", "list"), ("aria-expanded", "false"), ("aria-controls", listId),
            .. OptionSource(input.Field), .. Validity(input, errorId, choiceId)]);
        html.Element("span", string.Empty, ("class", "combobox-choice"), ("id", choiceId), ("aria-live", "polite"));
        html.Element("ul", string.Empty, ("class", "combobox-options"), ("id", listId), ("role", "listbox"), ("aria-label", label), ("hidden", "hidden"));
        html.Close("div");
    }

    private static (string, string?)[] OptionSource(ScreenField field) =>
        field.OptionsRoute is null
            ? []
            : [("data-options-route", field.OptionsRoute), ("data-option-value", field.OptionValuePath ?? "key"), ("data-option-label", field.OptionLabelPath ?? "name")];

    private static (string, string?)[] Validity(FieldInput input, string? errorId, string? describedBy = null)
    {
        var described = string.Join(' ', new[] { errorId, describedBy }.Where(id => id is not null));
        return
        [
            ("required", input.Field.Required ? "required" : null),
            ("aria-required", input.Field.Required ? "true" : null),
            ("aria-invalid", errorId is null ? null : "true"),
            ("aria-describedby", described.Length == 0 ? null : described),
        ];
    }

    private static void Errors(HtmlWriter html, FieldInput input, string? errorId)
    {
        if (errorId is not null)
        {
            html.Element("p", string.Join(' ', input.Errors), ("class", "field-error"), ("id", errorId));
        }
    }

    private static string InputType(FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money => "number",
        FieldType.Date => "date",
        FieldType.DateTime => "datetime-local",
        _ => "text",
    };
}
