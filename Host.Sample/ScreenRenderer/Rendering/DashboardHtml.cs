using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>A dashboard: filters, figures as tiles, charts, then the sections' other fields and the actions.</summary>
internal static class DashboardHtml
{
    public static void Write(HtmlWriter html, RenderScope scope)
    {
        FilterFormHtml.Write(html, scope);
        Tiles(html, scope);
        var charts = scope.Screen.Charts ?? [];
        if (charts.Count > 0)
        {
            html.Open("div", ("class", "charts"));
            foreach (var chart in charts)
            {
                ChartSvg.Write(html, chart, scope.Page.Data, scope);
            }

            html.Close("div");
        }

        foreach (var section in scope.Screen.Sections)
        {
            var rest = section with { Fields = [.. section.Fields.Where(field => !scope.Filters.Contains(field))] };
            if (rest.Fields.Count > 0 || rest.Charts is { Count: > 0 })
            {
                SectionHtml.Write(html, rest, scope);
            }
        }

        ScreenActionsHtml.Write(html, scope, scope.Page.Data);
    }

    private static void Tiles(HtmlWriter html, RenderScope scope)
    {
        var tiles = scope.Screen.Tiles ?? [];
        if (tiles.Count == 0)
        {
            return;
        }

        html.Open("ul", ("class", "tiles"));
        foreach (var tile in tiles)
        {
            html.Open("li", ("class", "tile"));
            html.Element("span", scope.Label(tile.LabelKey), ("class", "tile-label"));
            var sums = Sums(tile, scope.Page.Data);
            if (sums.Count == 0)
            {
                html.Open("span", ("class", "tile-value"));
                ValueFormatter.Empty(html, scope);
                html.Close("span");
            }

            foreach (var (currency, sum) in sums)
            {
                var figure = tile.Type == FieldType.Money ? MoneyFormat.Format(sum, currency, scope.Culture) : ValueFormatter.Number(sum, scope.Culture);
                html.Element("span", figure, ("class", "tile-value"));
            }

            html.Close("li");
        }

        html.Close("ul");
    }

    /// <summary>The tile's values summed; money per currency (at the sibling <c>currency</c>), in the order the currencies appear.</summary>
    private static List<(string? Currency, decimal Sum)> Sums(ScreenTile tile, JsonElement? data)
    {
        var sums = new List<(string? Currency, decimal Sum)>();
        foreach (var (value, holder) in JsonPath.Spread(data, tile.DataPath))
        {
            if (!value.TryGetDecimal(out var number))
            {
                continue;
            }

            var currency = tile.Type == FieldType.Money ? ValueFormatter.Currency(holder, JsonPath.LastSegment(tile.DataPath)) : null;
            var index = sums.FindIndex(sum => sum.Currency == currency);
            if (index < 0)
            {
                sums.Add((currency, number));
            }
            else
            {
                sums[index] = (currency, sums[index].Sum + number);
            }
        }

        return sums;
    }
}
