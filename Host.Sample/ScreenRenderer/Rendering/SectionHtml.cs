using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>Sections: a table when they have rows, else their fields as text; their charts after.</summary>
internal static class SectionHtml
{
    /// <summary>The data a section reads: its own route's answer, the result of the action that fills it, or the screen's.</summary>
    public static JsonElement? Data(ScreenSection section, RenderScope scope)
    {
        if (ResultOf(section, scope) is { } result)
        {
            return result;
        }

        return section.DataRoute is null ? scope.Page.Data
            : scope.Page.SectionData.TryGetValue(section.Id, out var own) ? own : null;
    }

    /// <summary>True when an action shows its answer in the section; such a section appears only with that answer.</summary>
    public static bool IsResultSection(ScreenSection section, RenderScope scope) =>
        scope.Screen.Actions.Any(action => action.ResultSectionId == section.Id);

    /// <summary>A read-only section: a table, or its fields as a description list; charts follow.</summary>
    public static void Write(HtmlWriter html, ScreenSection section, RenderScope scope)
    {
        if (IsResultSection(section, scope) && ResultOf(section, scope) is null)
        {
            return;
        }

        var data = Data(section, scope);
        if (section.RowsPath is not null)
        {
            Table(html, section, Rows(section, data, scope), [], scope);
            Charts(html, section, data, scope);
            return;
        }

        var headingId = "section-" + section.Id;
        html.Open("section", ("class", "section"), ("aria-labelledby", headingId));
        html.Element("h2", scope.Label(section.LabelKey), ("id", headingId));
        ReadOnlyFields(html, section.Fields, data, scope);
        Charts(html, section, data, scope);
        html.Close("section");
    }

    /// <summary>Rows as a table: caption the section's label, a column per field, then the per-record actions.</summary>
    public static void Table(HtmlWriter html, ScreenSection section, IReadOnlyList<JsonElement> rows, IReadOnlyList<ScreenAction> rowActions, RenderScope scope)
    {
        var captionId = "section-" + section.Id;
        html.Open("section", ("class", "section table-section"), ("aria-labelledby", captionId));
        html.Open("div", ("class", "table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", captionId));
        html.Open("table").Element("caption", scope.Label(section.LabelKey), ("id", captionId));
        html.Open("thead").Open("tr");
        foreach (var field in section.Fields)
        {
            html.Element("th", scope.Label(field.LabelKey), ("scope", "col"), ("class", Alignment(field)));
        }

        if (rowActions.Count > 0)
        {
            html.Element("th", scope.Text("Actions"), ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        if (rows.Count == 0)
        {
            html.Open("tr").Element("td", scope.Text("NoRows"), ("colspan", (section.Fields.Count + (rowActions.Count > 0 ? 1 : 0)).ToString(scope.Culture)), ("class", "no-rows")).Close("tr");
        }

        for (var index = 0; index < rows.Count; index++)
        {
            html.Open("tr");
            foreach (var field in section.Fields)
            {
                html.Open("td", ("class", Alignment(field)));
                ValueFormatter.Write(html, field, rows[index], scope);
                html.Close("td");
            }

            if (rowActions.Count > 0)
            {
                html.Open("td", ("class", "row-actions"));
                foreach (var action in rowActions)
                {
                    ActionFormHtml.Write(html, action, new ActionRecord(rows[index], $"{section.Id}-{index}-{action.Id}"), scope);
                }

                html.Close("td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div").Close("section");
    }

    /// <summary>Fields as a description list, each value by its type.</summary>
    public static void ReadOnlyFields(HtmlWriter html, IEnumerable<ScreenField> fields, JsonElement? data, RenderScope scope, string? firstValueId = null)
    {
        html.Open("dl", ("class", "fields"));
        foreach (var field in fields)
        {
            html.Open("div", ("class", "field-value"));
            html.Element("dt", scope.Label(field.LabelKey));
            html.Open("dd", ("id", firstValueId));
            ValueFormatter.Write(html, field, data, scope);
            html.Close("dd").Close("div");
            firstValueId = null;
        }

        html.Close("dl");
    }

    public static void Charts(HtmlWriter html, ScreenSection section, JsonElement? data, RenderScope scope)
    {
        foreach (var chart in section.Charts ?? [])
        {
            ChartSvg.Write(html, chart, data, scope);
        }
    }

    private static IReadOnlyList<JsonElement> Rows(ScreenSection section, JsonElement? data, RenderScope scope) =>
        ResultOf(section, scope) is { ValueKind: JsonValueKind.Array } result ? [.. result.EnumerateArray()] : JsonPath.Rows(data, section.RowsPath);

    private static JsonElement? ResultOf(ScreenSection section, RenderScope scope) =>
        scope.Page.Outcome is { Succeeded: true, Result: { } result } outcome
        && scope.Screen.Actions.Any(action => action.Id == outcome.ActionId && action.ResultSectionId == section.Id)
            ? result
            : null;

    private static string? Alignment(ScreenField field) => field.Type is FieldType.Number or FieldType.Money ? "numeric" : null;
}
