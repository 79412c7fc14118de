using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// The screens' labels per culture (<c>GET /api/crm/screens/labels</c>), kept for the life of the
/// process: labels are compiled into the add-ons' resources and do not change while it runs.
/// </summary>
public sealed class LabelCache(InProcessApi api)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _byCulture = new(StringComparer.Ordinal);

    /// <summary>The labels in <paramref name="culture"/>; empty (and asked again next time) when the API has none to give.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(HttpContext context, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (_byCulture.TryGetValue(culture.Name, out var cached))
        {
            return cached;
        }

        var answer = await api.GetAsync(context, "/api/crm/screens/labels?culture=" + Uri.EscapeDataString(culture.Name), culture).ConfigureAwait(false);
        if (!answer.Succeeded || answer.Json is not { } json || !json.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Object)
        {
            return new Dictionary<string, string>();
        }

        var read = labels.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        return _byCulture.GetOrAdd(culture.Name, read);
    }
}
