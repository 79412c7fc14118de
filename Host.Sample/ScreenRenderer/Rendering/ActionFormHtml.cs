using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// An action as a form posted to the shell, which builds the API call from it: <c>_route.*</c> fill
/// the route's placeholders, <c>_record.*</c> carry record values as JSON literals, the inputs are
/// named by field id. Method and route stay on the server, in the definition.
/// </summary>
internal static class ActionFormHtml
{
    public const string RoutePrefix = "_route.";
    public const string RecordPrefix = "_record.";

    /// <summary>The action's own form; a per-record action with inputs folds into a <c>details</c>.</summary>
    public static void Write(HtmlWriter html, ScreenAction action, ActionRecord record, RenderScope scope)
    {
        var routeValues = RouteValues(action, record.Values, scope);
        var failure = scope.FailureFor(action, routeValues);
        var inputs = action.Inputs ?? [];
        var folded = scope.IsPerRecord(action) && inputs.Count > 0;
        if (folded)
        {
            html.Open("details", ("class", "record-action"), ("open", failure is null ? null : "open"));
            html.Element("summary", scope.Label(action.LabelKey));
        }

        html.Open("form", ("method", "post"), ("action", Url(action, scope)), ("class", inputs.Count > 0 ? "action action-inputs" : "action"),
            ("enctype", inputs.Any(input => input.Type == FieldType.File) ? "multipart/form-data" : null));
        Hidden(html, [action], record.Values, routeValues, scope);
        var grouped = inputs.Count > 0 && !folded;
        if (grouped)
        {
            // A screen-level action with inputs is a small form of its own; its legend names it.
            html.Open("fieldset").Element("legend", scope.Label(action.LabelKey));
        }

        foreach (var input in inputs)
        {
            FieldInputHtml.Write(html, Input(input, record, failure, scope), scope);
        }

        Button(html, action, formAction: null, scope);
        if (grouped)
        {
            html.Close("fieldset");
        }

        html.Close("form");
        if (folded)
        {
            html.Close("details");
        }
    }

    /// <summary>The hidden fields the shell needs for <paramref name="actions"/> posted from one form.</summary>
    public static void Hidden(HtmlWriter html, IEnumerable<ScreenAction> actions, JsonElement? record, IReadOnlyDictionary<string, string> routeValues, RenderScope scope)
    {
        HiddenField(html, scope.Context.Antiforgery.FormFieldName, scope.Context.Antiforgery.RequestToken);
        HiddenField(html, "_return", scope.ReturnUrl);
        HiddenField(html, "_key", scope.Page.Key);
        foreach (var (name, value) in routeValues)
        {
            HiddenField(html, RoutePrefix + name, value);
        }

        foreach (var path in actions.SelectMany(action => action.RecordValues ?? []).Distinct(StringComparer.Ordinal))
        {
            HiddenField(html, RecordPrefix + path, JsonPath.Find(record, path)?.GetRawText());
        }
    }

    /// <summary>The values of the route's placeholders: the record's, else the key, the filters, or a card field of that id.</summary>
    public static IReadOnlyDictionary<string, string> RouteValues(ScreenAction action, JsonElement? record, RenderScope scope)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in RouteTemplate.Placeholders(action.Route))
        {
            var field = scope.Screen.Sections.SelectMany(section => section.Fields).FirstOrDefault(candidate => candidate.Id == name);
            var value = Scalar(JsonPath.Find(record, name))
                ?? (name == "key" ? scope.Page.Key : null)
                ?? scope.Page.Filters.GetValueOrDefault(name)
                ?? (field is null ? null : Scalar(JsonPath.Find(record, field.DataPath)));
            if (value is not null)
            {
                values[name] = value;
            }
        }

        return values;
    }

    public static void Button(HtmlWriter html, ScreenAction action, string? formAction, RenderScope scope)
    {
        var label = scope.Label(action.LabelKey);
        html.Element("button", label,
            ("type", "submit"),
            ("formaction", formAction),
            ("data-confirm", action.ConfirmKey is null ? null : scope.Label(action.ConfirmKey)),
            ("data-shortcut", action.Shortcut),
            ("aria-keyshortcuts", action.Shortcut is null ? null : AriaShortcut(action.Shortcut)),
            ("title", action.Shortcut is null ? null : $"{label} ({action.Shortcut})"));
    }

    public static string Url(ScreenAction action, RenderScope scope) =>
        scope.Context.ShellPath + "/" + Uri.EscapeDataString(scope.Screen.Id) + "/actions/" + Uri.EscapeDataString(action.Id);

    /// <summary>The API's messages for a field, matched by its data path (the JSON name) or its id.</summary>
    public static IReadOnlyList<string> Errors(ActionOutcome? failure, ScreenField field) =>
        failure is null
            ? []
            : [.. failure.FieldErrors
                .Where(error => string.Equals(error.Key, field.DataPath, StringComparison.OrdinalIgnoreCase) || string.Equals(error.Key, field.Id, StringComparison.OrdinalIgnoreCase))
                .SelectMany(error => error.Value)];

    /// <summary><c>Ctrl+Enter</c> as ARIA names it: <c>Control+Enter</c>.</summary>
    public static string AriaShortcut(string shortcut) =>
        string.Join('+', shortcut.Split('+').Select(part => part.Equals("Ctrl", StringComparison.OrdinalIgnoreCase) ? "Control" : part));

    private static FieldInput Input(ScreenField input, ActionRecord record, ActionOutcome? failure, RenderScope scope)
    {
        var id = record.IdPrefix + "-" + input.Id;
        var columns = scope.Screen.Columns ?? [];
        var movesBetweenColumns = input.Type == FieldType.Choice && columns.Count > 0 && input.Choices is { } choices
            && choices.Order(StringComparer.Ordinal).SequenceEqual(columns.Select(column => column.Id).Order(StringComparer.Ordinal));
        var value = failure?.Submitted.GetValueOrDefault(input.Id)
            ?? (movesBetweenColumns ? record.ColumnId : null)
            ?? ValueFormatter.InputValue(input, JsonPath.Find(record.Values, input.InitialValuePath ?? input.DataPath), scope);
        var names = movesBetweenColumns ? columns.ToDictionary(column => column.Id, column => column.Name, StringComparer.Ordinal) : null;
        return new FieldInput(input, id, input.Id, value, Errors(failure, input), names);
    }

    private static void HiddenField(HtmlWriter html, string name, string? value)
    {
        if (value is not null)
        {
            html.Void("input", ("type", "hidden"), ("name", name), ("value", value));
        }
    }

    private static string? Scalar(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Object or JsonValueKind.Array } => null,
        { } other => other.GetRawText(),
    };
}

/// <summary>The record an action form belongs to.</summary>
/// <param name="Values">The record (a list row, a board card, the card's data); null for a screen-level action.</param>
/// <param name="IdPrefix">Makes the form's element ids unique in the page.</param>
/// <param name="ColumnId">The board column the record sits in, if any.</param>
internal sealed record ActionRecord(JsonElement? Values, string IdPrefix, string? ColumnId = null);
