using System.Text.RegularExpressions;
using Crm.Abstractions.Api;
using Crm.Abstractions.Screens;
using Crm.Module.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Tests.Screens;

/// <summary>
/// The add-on's endpoints as a host maps them (every contributor under <c>/api/crm</c>), and the
/// routes a screen names, both reduced to method and shape (<c>POST /api/crm/inquiries/{}/status</c>).
/// A mapped parameter matches any segment a screen names, such as a pipeline code in a board's route.
/// </summary>
internal static partial class ScreenRoutes
{
    public static IReadOnlyList<string> MappedByTheAddOn()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();
        var api = app.MapGroup("/api/crm");
        foreach (var type in typeof(ScreenCatalog).Assembly.GetTypes().Where(t => typeof(ICrmApiContributor).IsAssignableFrom(t) && !t.IsAbstract))
        {
            ((ICrmApiContributor)Activator.CreateInstance(type)!).MapEndpoints(api);
        }

        return ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => Key(m, e.RoutePattern.RawText!)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsMapped(IReadOnlyList<string> mapped, string method, string route)
    {
        var named = Key(method, route).Split('/');
        return mapped.Select(m => m.Split('/')).Any(m =>
            m.Length == named.Length && m.Zip(named).All(pair => pair.First == pair.Second || pair.First == "{}"));
    }

    /// <summary>Every (method, route) a screen calls or reads: actions, data routes of screen and sections, option lists of fields and of actions' inputs.</summary>
    public static IEnumerable<(string Method, string Route, string Where)> NamedBy(ScreenDefinition screen)
    {
        foreach (var action in screen.Actions)
        {
            yield return (action.Method, action.Route, $"{screen.Id} action {action.Id}");
            foreach (var input in (action.Inputs ?? []).Where(i => i.OptionsRoute is not null))
            {
                yield return ("GET", input.OptionsRoute!, $"{screen.Id} action {action.Id} input {input.Id}");
            }
        }

        if (screen.DataRoute is { } data)
        {
            yield return ("GET", data, $"{screen.Id} data");
        }

        foreach (var section in screen.Sections)
        {
            if (section.DataRoute is { } sectionData)
            {
                yield return ("GET", sectionData, $"{screen.Id} section {section.Id}");
            }

            foreach (var field in section.Fields.Where(f => f.OptionsRoute is not null))
            {
                yield return ("GET", field.OptionsRoute!, $"{screen.Id} field {field.Id}");
            }
        }
    }

    public static string Key(string method, string route) =>
        method + " " + Parameter().Replace(route.Split('?')[0], "{}").TrimEnd('/');

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
