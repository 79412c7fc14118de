using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// The actions that belong to the screen rather than to one record, each its own form; an action
/// with a record section takes that section's data as its record.
/// </summary>
internal static class ScreenActionsHtml
{
    public static void Write(HtmlWriter html, RenderScope scope, JsonElement? record)
    {
        var actions = scope.Screen.Actions.Where(action => !(action.SendsForm && scope.Screen.Kind == ScreenKind.Card) && !scope.IsPerRecord(action)).ToList();
        if (actions.Count == 0)
        {
            return;
        }

        html.Open("div", ("class", "screen-actions"));
        foreach (var action in actions)
        {
            var own = action.RecordSectionId is null ? record : SectionRecord(action.RecordSectionId, scope);

            // Without its section's data (not readable for the user, or not on the screen) the action has no record to act on.
            if (action.RecordSectionId is null || own is not null)
            {
                ActionFormHtml.Write(html, action, new ActionRecord(own, "screen-" + action.Id), scope);
            }
        }

        html.Close("div");
    }

    private static JsonElement? SectionRecord(string sectionId, RenderScope scope) =>
        scope.Screen.Sections.FirstOrDefault(section => section.Id == sectionId) is { } section ? SectionHtml.Data(section, scope) : null;
}
