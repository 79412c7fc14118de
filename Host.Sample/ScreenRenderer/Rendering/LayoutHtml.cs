using System.Globalization;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// The whole HTML page around a screen. No inline script or style, so a policy of
/// <c>default-src 'self'</c> holds: behaviour and looks come from the shell's own assets.
/// </summary>
public static class LayoutHtml
{
    /// <summary>The page: navigation, user, language picker and the screen's content.</summary>
    public static string Render(LayoutModel layout, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var html = new HtmlWriter().Raw("<!DOCTYPE html>\n");
        html.Open("html", ("lang", culture.TwoLetterISOLanguageName), ("dir", culture.TextInfo.IsRightToLeft ? "rtl" : "ltr"));
        html.Open("head").Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", layout.Title + " \u2013 " + Text("ProductName", culture))
            .Void("link", ("rel", "stylesheet"), ("href", context.ShellPath + "/_assets/screens.css"))
            .Element("script", string.Empty, ("src", context.ShellPath + "/_assets/screens.js"), ("defer", "defer"))
            .Close("head");
        html.Open("body").Element("a", Text("SkipToContent", culture), ("href", "#main"), ("class", "skip-link"));
        Header(html, layout, context);
        html.Open("main", ("id", "main"), ("tabindex", "-1"));
        html.Element("h1", layout.Title);
        if (!string.IsNullOrWhiteSpace(layout.Notice))
        {
            html.Element("p", layout.Notice, ("role", "status"), ("class", "notice"));
        }

        html.Raw(layout.Content).Close("main").Close("body").Close("html");
        return html.ToString();
    }

    private static void Header(HtmlWriter html, LayoutModel layout, RenderContext context)
    {
        var culture = context.Culture;
        html.Open("header", ("class", "site-header"));
        html.Element("a", Text("ProductName", culture), ("href", context.ShellPath), ("class", "product"));
        Navigation(html, layout.Navigation, context);
        html.Open("div", ("class", "user"));
        html.Element("span", layout.UserName, ("class", "user-name"));
        if (layout.SignOutPath is not null)
        {
            html.Open("form", ("method", "post"), ("action", layout.SignOutPath), ("class", "sign-out"));
            Antiforgery(html, context);
            html.Element("button", Text("SignOut", culture), ("type", "submit")).Close("form");
        }

        html.Open("form", ("method", "post"), ("action", context.ShellPath + "/_language"), ("class", "language"));
        Antiforgery(html, context);
        html.Void("input", ("type", "hidden"), ("name", "_return"), ("value", layout.CurrentUrl ?? context.ShellPath));
        html.Element("label", Text("Language", culture), ("for", "language"));
        html.Open("select", ("id", "language"), ("name", "culture"));
        foreach (var language in layout.Languages)
        {
            var current = language.Name == culture.Name || language.Name == culture.TwoLetterISOLanguageName;
            html.Element("option", language.NativeName, ("value", language.Name), ("lang", language.Name), ("selected", current ? "selected" : null));
        }

        html.Close("select").Element("button", Text("ChangeLanguage", culture), ("type", "submit")).Close("form");
        html.Close("div").Close("header");
    }

    /// <summary>The host's screens first, then the add-on's, then each plugin's, as the user meets them in the ERP.</summary>
    private static void Navigation(HtmlWriter html, IReadOnlyList<NavigationItem> items, RenderContext context)
    {
        var groups = items.GroupBy(item => item.Group, StringComparer.Ordinal)
            .OrderBy(group => group.Key switch { "erp" => 0, "crm" => 1, _ => 2 })
            .ThenBy(group => group.Key, StringComparer.Ordinal);
        html.Open("nav", ("aria-label", Text("Navigation", context.Culture)), ("class", "site-nav"));
        foreach (var group in groups)
        {
            var headingId = "nav-" + group.Key;
            html.Open("div", ("class", "nav-group"));
            html.Element("h2", GroupName(group.Key, context.Culture), ("id", headingId), ("class", "nav-heading"));
            html.Open("ul", ("aria-labelledby", headingId));
            foreach (var item in group)
            {
                html.Open("li").Element("a", item.Title, ("href", context.ShellPath + "/" + Uri.EscapeDataString(item.ScreenId)), ("aria-current", item.Current ? "page" : null)).Close("li");
            }

            html.Close("ul").Close("div");
        }

        html.Close("nav");
    }

    private static string GroupName(string group, CultureInfo culture) => group switch
    {
        "erp" => Text("GroupErp", culture),
        "crm" => Text("GroupCrm", culture),
        _ => group,
    };

    private static void Antiforgery(HtmlWriter html, RenderContext context)
    {
        if (context.Antiforgery.RequestToken is { } token)
        {
            html.Void("input", ("type", "hidden"), ("name", context.Antiforgery.FormFieldName), ("value", token));
        }
    }

    private static string Text(string name, CultureInfo culture) => ShellText.Get(name, culture);
}
