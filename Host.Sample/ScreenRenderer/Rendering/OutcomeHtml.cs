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

        html.Close("div");
    }

    private static string Title(int status, RenderScope scope) => scope.Text(status switch
    {
        400 or 422 => "OutcomeInvalid",
        401 or 403 => "OutcomeForbidden",
        404 => "OutcomeNotFound",
        409 or 412 => "OutcomeConflict",
        _ => "OutcomeFailed",
    });
}
