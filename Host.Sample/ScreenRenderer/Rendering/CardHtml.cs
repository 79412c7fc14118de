using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// One record as a form: editable fields as inputs, the others as text, sections with headings, tables
/// and charts. The actions that send the form are its submit buttons; the others are forms of their own.
/// </summary>
internal static class CardHtml
{
    public static void Write(HtmlWriter html, RenderScope scope)
    {
        var data = scope.Page.Data;
        var senders = scope.Screen.Actions.Where(action => action.SendsForm).ToList();
        var failure = senders.Select(action => scope.FailureFor(action, new Dictionary<string, string>())).FirstOrDefault(outcome => outcome is not null);
        var isForm = senders.Count > 0;
        if (isForm)
        {
            var routeValues = senders.SelectMany(action => ActionFormHtml.RouteValues(action, data, scope))
                .DistinctBy(pair => pair.Key).ToDictionary(StringComparer.Ordinal);
            html.Open("form", ("method", "post"), ("action", ActionFormHtml.Url(senders[0], scope)), ("class", "card"), ("id", "card-form"));
            ActionFormHtml.Hidden(html, senders, data, routeValues, scope);
        }

        foreach (var section in scope.Screen.Sections)
        {
            if (section.RowsPath is not null || section.Fields.All(field => !field.Editable))
            {
                SectionHtml.Write(html, section, scope);
                continue;
            }

            EditableSection(html, section, SectionHtml.Data(section, scope), failure, scope);
        }

        if (isForm)
        {
            SenderInputs(html, senders, data, failure, scope);
            html.Open("div", ("class", "form-actions"));
            foreach (var action in senders)
            {
                ActionFormHtml.Button(html, action, ActionFormHtml.Url(action, scope), scope);
            }

            html.Close("div").Close("form");
        }

        ScreenActionsHtml.Write(html, scope, data);
    }

    /// <summary>Fields in definition order (the focus order): runs of read-only fields as text, the editable ones as inputs.</summary>
    private static void EditableSection(HtmlWriter html, ScreenSection section, JsonElement? data, ActionOutcome? failure, RenderScope scope)
    {
        var headingId = "section-" + section.Id;
        html.Open("section", ("class", "section"), ("aria-labelledby", headingId));
        html.Element("h2", scope.Label(section.LabelKey), ("id", headingId));
        var readOnly = new List<ScreenField>();
        var editing = false;
        foreach (var field in section.Fields)
        {
            if (!field.Editable)
            {
                editing = CloseInputs(html, editing);
                readOnly.Add(field);
                continue;
            }

            Flush(html, readOnly, data, scope);
            if (!editing)
            {
                html.Open("div", ("class", "inputs"));
                editing = true;
            }

            FieldInputHtml.Write(html, Input(field, data, failure, scope), scope);
        }

        CloseInputs(html, editing);
        Flush(html, readOnly, data, scope);
        SectionHtml.Charts(html, section, data, scope);
        html.Close("section");
    }

    private static void SenderInputs(HtmlWriter html, List<ScreenAction> senders, JsonElement? data, ActionOutcome? failure, RenderScope scope)
    {
        var inputs = senders.SelectMany(action => action.Inputs ?? []).ToList();
        if (inputs.Count == 0)
        {
            return;
        }

        html.Open("div", ("class", "inputs"));
        foreach (var input in inputs)
        {
            FieldInputHtml.Write(html, Input(input, data, failure, scope), scope);
        }

        html.Close("div");
    }

    private static FieldInput Input(ScreenField field, JsonElement? data, ActionOutcome? failure, RenderScope scope) => new(
        field,
        "f-" + field.Id,
        field.Id,
        failure?.Submitted.GetValueOrDefault(field.Id) ?? ValueFormatter.InputValue(field, JsonPath.Find(data, field.DataPath), scope),
        ActionFormHtml.Errors(failure, field));

    private static bool CloseInputs(HtmlWriter html, bool editing)
    {
        if (editing)
        {
            html.Close("div");
        }

        return false;
    }

    private static void Flush(HtmlWriter html, List<ScreenField> readOnly, JsonElement? data, RenderScope scope)
    {
        if (readOnly.Count > 0)
        {
            SectionHtml.ReadOnlyFields(html, readOnly, data, scope);
            readOnly.Clear();
        }
    }
}
