using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>Turns a screen with its data into HTML.</summary>
public static class ScreenHtml
{
    /// <summary>The screen's HTML, without the page around it.</summary>
    public static string Render(ScreenPage page, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var scope = new RenderScope(page, context);
        var html = new HtmlWriter();
        html.Open("div", ("class", "screen screen-" + KindName(page.Screen.Kind)), ("data-screen", page.Screen.Id));
        OutcomeHtml.Write(html, scope);
        switch (page.Screen.Kind)
        {
            case ScreenKind.List:
                ListHtml.Write(html, scope);
                break;
            case ScreenKind.Card:
                CardHtml.Write(html, scope);
                break;
            case ScreenKind.Board:
                BoardHtml.Write(html, scope);
                break;
            case ScreenKind.Dashboard:
                DashboardHtml.Write(html, scope);
                break;
        }

        return html.Close("div").ToString();
    }

    /// <summary>The screen's title in the user's language, with its configured argument (a pipeline's name).</summary>
    public static string Title(ScreenDefinition screen, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(context);
        var label = context.Labels.TryGetValue(screen.TitleKey, out var text) ? text : screen.TitleKey;
        return screen.TitleArgument is null ? label : string.Format(context.Culture, label, screen.TitleArgument);
    }

    private static string KindName(ScreenKind kind) => kind switch
    {
        ScreenKind.Card => "card",
        ScreenKind.Board => "board",
        ScreenKind.Dashboard => "dashboard",
        _ => "list",
    };
}
