using System.Text.RegularExpressions;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>The <c>{name}</c> placeholders of an API route template.</summary>
internal static partial class RouteTemplate
{
    public static IReadOnlyList<string> Placeholders(string? route) =>
        route is null ? [] : [.. PlaceholderPattern().Matches(route).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{([^{}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
