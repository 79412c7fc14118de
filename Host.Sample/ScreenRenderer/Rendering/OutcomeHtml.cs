using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>A failed action's alert: what went wrong in the user's language, then the API's detail.</summary>
internal static class OutcomeHtml
{
    public static void Write(HtmlWriter html, RenderScope scope)
    {
        if (scope.Page.Outcome is not { Succeeded: false } outcome)
        {
            return;
        }

        var action = scope.Screen.Actions.FirstOrDefault(candidate => candidate.Id == outcome.ActionId);
        html.Open("div", ("class", "alert"), ("role", "alert"), ("tabindex", "-1"), ("id", "outcome"));
        html.Element("p", Title(outcome.StatusCode, scope), ("class", "alert-title"));
        if (action is not null)
        {
            html.Element("p", scope.Label(action.LabelKey), ("class", "alert-action"));
        }

        if (!string.IsNullOrWhiteSpace(outcome.Detail))
        {
            html.Element("p", outcome.Detail);
        }

        Unplaced(html, outcome, action, scope);
        html.Close("div");
    }

    /// <summary>Messages about fields the form has no input for would otherwise be lost; they are listed in the alert.</summary>
    private static void Unplaced(HtmlWriter html, ActionOutcome outcome, ScreenAction? action, RenderScope scope)
    {
        var inputs = (action?.Inputs ?? [])
            .Concat(action is { SendsForm: true } ? scope.Screen.Sections.SelectMany(section => section.Fields).Where(field => field.Editable) : [])
            .ToList();
        var unplaced = outcome.FieldErrors
            .Where(error => !inputs.Any(field => Matches(field, error.Key)))
            .ToList();
        if (unplaced.Count == 0)
        {
            return;
        }

        html.Open("ul", ("class", "alert-errors"));
        foreach (var (name, messages) in unplaced)
        {
            html.Element("li", name + ": " + string.Join(' ', messages));
        }

        html.Close("ul");
    }

    private static bool Matches(ScreenField field, string key) =>
        string.Equals(key, field.DataPath, StringComparison.OrdinalIgnoreCase) || string.Equals(key, field.Id, StringComparison.OrdinalIgnoreCase);

    private static string Title(int status, RenderScope scope) => scope.Text(status switch
    {
        400 or 422 => "OutcomeInvalid",
        401 or 403 => "OutcomeForbidden",
        404 => "OutcomeNotFound",
        409 or 412 => "OutcomeConflict",
        _ => "OutcomeFailed",
    });
}
