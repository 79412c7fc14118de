using System.Collections.Concurrent;
using System.Globalization;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// The screens a user can open from the navigation: those the API lists for them, except cards that
/// show one record (their route needs a <c>{key}</c>, so they are reached from a link instead).
/// </summary>
public sealed class ShellNavigation(InProcessApi api)
{
    // Whether a card needs a key is in its definition, not its summary; a definition's routes do
    // not depend on the user (only its actions do), so one answer per screen id serves everyone.
    private readonly ConcurrentDictionary<string, bool> _needsKey = new(StringComparer.Ordinal);

    /// <summary>The navigation for the user of <paramref name="context"/>, <paramref name="currentId"/> marked.</summary>
    public async Task<IReadOnlyList<NavigationItem>> ForAsync(HttpContext context, CultureInfo culture, IReadOnlyDictionary<string, string> labels, string? currentId)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var answer = await api.GetAsync(context, "/api/crm/screens", culture).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return [];
        }

        var items = new List<NavigationItem>();
        foreach (var summary in ScreenJson.Summaries(answer))
        {
            if (summary.Kind == ScreenKind.Card && await NeedsKeyAsync(context, culture, summary.Id).ConfigureAwait(false))
            {
                continue;
            }

            items.Add(new NavigationItem(summary.Id, Title(labels, culture, summary.TitleKey, summary.TitleArgument), Group(summary.Id), summary.Id == currentId));
        }

        return items;
    }

    /// <summary>The title in the user's language: the label of <paramref name="titleKey"/> with <paramref name="argument"/> as <c>{0}</c>.</summary>
    public static string Title(IReadOnlyDictionary<string, string> labels, CultureInfo culture, string titleKey, string? argument)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var label = labels.TryGetValue(titleKey, out var text) ? text : titleKey;
        return argument is null ? label : string.Format(culture, label, argument);
    }

    /// <summary>The group of a screen: its id's prefix (<c>crm</c>, <c>erp</c> or a plugin's).</summary>
    public static string Group(string screenId)
    {
        ArgumentNullException.ThrowIfNull(screenId);
        var dot = screenId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? screenId : screenId[..dot];
    }

    private async Task<bool> NeedsKeyAsync(HttpContext context, CultureInfo culture, string id)
    {
        if (_needsKey.TryGetValue(id, out var known))
        {
            return known;
        }

        var answer = await api.GetAsync(context, "/api/crm/screens/" + Uri.EscapeDataString(id), culture).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return true;
        }

        var screen = ScreenJson.Definition(answer);
        var needsKey = RouteTemplate.HasPlaceholder(screen.DataRoute, "key") || screen.Sections.Any(s => RouteTemplate.HasPlaceholder(s.DataRoute, "key"));
        return _needsKey.GetOrAdd(id, needsKey);
    }
}
