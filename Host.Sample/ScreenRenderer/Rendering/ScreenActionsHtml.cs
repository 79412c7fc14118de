using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>The actions that belong to the screen rather than to one record, each its own form.</summary>
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
            ActionFormHtml.Write(html, action, new ActionRecord(record, "screen-" + action.Id), scope);
        }

        html.Close("div");
    }
}
