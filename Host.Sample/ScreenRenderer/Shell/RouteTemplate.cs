using System.Text;
using System.Text.RegularExpressions;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// Fills a route of a screen definition (<c>/api/crm/accounts/{key}/orders?from={from}</c>): each
/// placeholder takes its value URL-encoded; a query parameter whose value ends up empty is dropped,
/// so an unset filter means "no filter" rather than an empty one the API would reject.
/// </summary>
internal static partial class RouteTemplate
{
    /// <summary>The route with its placeholders filled by <paramref name="valueOf"/> (null for none), then <paramref name="extraQuery"/> appended.</summary>
    public static string Fill(string template, Func<string, string?> valueOf, IEnumerable<KeyValuePair<string, string>>? extraQuery = null)
    {
        var mark = template.IndexOf('?', StringComparison.Ordinal);
        var path = Placeholder().Replace(mark < 0 ? template : template[..mark], m => Uri.EscapeDataString(valueOf(m.Groups[1].Value) ?? string.Empty));
        var parameters = new List<string>();
        if (mark >= 0)
        {
            foreach (var parameter in template[(mark + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? parameter : parameter[..equals];
                var value = equals < 0 ? string.Empty : Placeholder().Replace(parameter[(equals + 1)..], m => Uri.EscapeDataString(valueOf(m.Groups[1].Value) ?? string.Empty));
                if (value.Length > 0)
                {
                    parameters.Add($"{name}={value}");
                }
            }
        }

        foreach (var (name, value) in extraQuery ?? [])
        {
            if (value.Length > 0)
            {
                parameters.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
            }
        }

        var route = new StringBuilder(path);
        if (parameters.Count > 0)
        {
            route.Append('?').AppendJoin('&', parameters);
        }

        return route.ToString();
    }

    /// <summary>True when <paramref name="template"/> has the placeholder <paramref name="name"/>.</summary>
    public static bool HasPlaceholder(string? template, string name) =>
        template is not null && template.Contains('{' + name + '}', StringComparison.Ordinal);

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();
}
