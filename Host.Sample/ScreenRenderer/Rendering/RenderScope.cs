using System.Globalization;
using System.Text;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>What every part of one screen's HTML needs: the page, the user's context and what follows from the definition.</summary>
internal sealed class RenderScope
{
    public RenderScope(ScreenPage page, RenderContext context)
    {
        Page = page;
        Context = context;
        var placeholders = RouteTemplate.Placeholders(page.Screen.DataRoute);
        Filters = page.Screen.Kind is ScreenKind.List or ScreenKind.Dashboard
            ? [.. page.Screen.Sections.SelectMany(section => section.Fields).Where(field => field.Editable && placeholders.Contains(field.Id))]
            : [];
        ScreenUrl = context.ShellPath + "/" + Uri.EscapeDataString(page.Screen.Id)
            + (page.Key is null ? string.Empty : "/" + Uri.EscapeDataString(page.Key));
        ReturnUrl = ScreenUrl + Query(page.Filters);
    }

    public ScreenPage Page { get; }

    public RenderContext Context { get; }

    public ScreenDefinition Screen => Page.Screen;

    public CultureInfo Culture => Context.Culture;

    /// <summary>The editable fields whose id is a placeholder of the screen's data route.</summary>
    public IReadOnlyList<ScreenField> Filters { get; }

    /// <summary>The screen's own URL in the shell, with the card's key.</summary>
    public string ScreenUrl { get; }

    /// <summary>Where the shell sends the user back after an action: this screen with its filters and page.</summary>
    public string ReturnUrl { get; }

    /// <summary>The label behind a resource key; the key itself when missing so gaps stay visible.</summary>
    public string Label(string key) => Context.Labels.TryGetValue(key, out var text) ? text : key;

    public string Text(string name) => ShellText.Get(name, Culture);

    public string Text(string name, params object[] arguments) => string.Format(Culture, Text(name), arguments);

    /// <summary>An action belongs to each record when its route names a value other than the key and the filters.</summary>
    public bool IsPerRecord(ScreenAction action) =>
        Screen.Kind is ScreenKind.List or ScreenKind.Board
        && (action.RecordValues is { Count: > 0 }
            || RouteTemplate.Placeholders(action.Route).Any(name => name != "key" && Filters.All(filter => filter.Id != name)));

    /// <summary>The failed outcome of <paramref name="action"/> when it was taken on this form (same route values).</summary>
    public ActionOutcome? FailureFor(ScreenAction action, IReadOnlyDictionary<string, string> routeValues)
    {
        if (Page.Outcome is not { Succeeded: false } outcome || outcome.ActionId != action.Id)
        {
            return null;
        }

        // A per-record action failed on one record: the one whose route values were posted.
        var posted = routeValues.Where(pair => outcome.Submitted.ContainsKey(ActionFormHtml.RoutePrefix + pair.Key)).ToList();
        var sameRecord = posted.All(pair => outcome.Submitted[ActionFormHtml.RoutePrefix + pair.Key] == pair.Value);
        return sameRecord && (posted.Count > 0 || !IsPerRecord(action)) ? outcome : null;
    }

    /// <summary>A query string of <paramref name="values"/> (empty values left out), with its leading <c>?</c>.</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> values)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return query.ToString();
    }
}
