using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>Reads what one screen shows through the API: its definition as the user sees it, its data and its sections' data.</summary>
public sealed class ScreenPageLoader(InProcessApi api)
{
    private static readonly string[] PagingParameters = ["page", "pageSize"];

    /// <summary>The definition of <paramref name="id"/> for the user, or the API's refusal.</summary>
    internal async Task<(ScreenDefinition? Screen, ApiAnswer Answer)> DefinitionAsync(HttpContext context, CultureInfo culture, string id)
    {
        var answer = await api.GetAsync(context, "/api/crm/screens/" + Uri.EscapeDataString(id), culture).ConfigureAwait(false);
        return (answer.Succeeded ? ScreenJson.Definition(answer) : null, answer);
    }

    /// <summary>The screen with its data; the failed answer instead when its data route refuses.</summary>
    internal async Task<(ScreenPage? Page, ApiAnswer? Failure)> PageAsync(HttpContext context, CultureInfo culture, ScreenDefinition screen, string? key, ActionOutcome? outcome)
    {
        var query = context.Request.Query;
        var fieldIds = screen.Sections.SelectMany(s => s.Fields).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var filters = query.Where(q => fieldIds.Contains(q.Key) && !string.IsNullOrEmpty(q.Value.ToString()))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var paging = PagingParameters.Where(p => query.ContainsKey(p)).Select(p => KeyValuePair.Create(p, query[p].ToString())).ToList();
        string? ValueOf(string name) => name == "key" ? key : filters.GetValueOrDefault(name);

        JsonElement? data = null;
        if (screen.DataRoute is not null)
        {
            var answer = await api.GetAsync(context, RouteTemplate.Fill(screen.DataRoute, ValueOf, paging), culture).ConfigureAwait(false);
            if (!answer.Succeeded)
            {
                return (null, answer);
            }

            data = answer.Json;
        }

        // Sections of one card often share a route (the customer card's four sections read one
        // customer): each distinct route is read once.
        var answers = new Dictionary<string, ApiAnswer>(StringComparer.Ordinal);
        var sectionData = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var section in screen.Sections.Where(s => s.DataRoute is not null))
        {
            var route = RouteTemplate.Fill(section.DataRoute!, ValueOf);
            if (!answers.TryGetValue(route, out var answer))
            {
                answer = await api.GetAsync(context, route, culture).ConfigureAwait(false);
                answers[route] = answer;
            }

            // A section the user may not read (another add-on's data) is left empty, not the whole screen.
            if (answer.Succeeded && answer.Json is { } json)
            {
                sectionData[section.Id] = json;
            }
        }

        return (new ScreenPage(screen, key, data, sectionData, filters, outcome), null);
    }
}
