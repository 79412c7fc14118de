using System.Text.Json;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>Previous and next links of a data page (<c>pageNumber</c>, <c>pageCount</c>, <c>totalCount</c>, <c>totalCountCapped</c>), keeping the filters.</summary>
internal static class PagerHtml
{
    public static void Write(HtmlWriter html, JsonElement? data, RenderScope scope)
    {
        if (Int(data, "pageNumber") is not { } number || Int(data, "pageCount") is not { } count)
        {
            return;
        }

        html.Open("nav", ("class", "pager"), ("aria-label", scope.Text("Pages")));
        if (number > 1)
        {
            html.Element("a", scope.Text("Previous"), ("href", Link(number - 1, scope)), ("rel", "prev"));
        }

        html.Element("span", scope.Text("PageOf", number, Math.Max(count, 1)), ("class", "page-of"));
        // A capped count (totalCountCapped, e.g. a search over a large ERP) is a lower bound: "more than N".
        if (Int(data, "totalCount") is { } total)
        {
            var capped = JsonPath.Find(data, "totalCountCapped") is { ValueKind: JsonValueKind.True };
            html.Element("span", scope.Text(capped ? "RowCountMoreThan" : "RowCount", total), ("class", "row-count"));
        }

        if (number < count)
        {
            html.Element("a", scope.Text("Next"), ("href", Link(number + 1, scope)), ("rel", "next"));
        }

        html.Close("nav");
    }

    private static string Link(int page, RenderScope scope) =>
        scope.ScreenUrl + RenderScope.Query(scope.Page.Filters
            .Where(filter => filter.Key != "page")
            .Append(new KeyValuePair<string, string>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static int? Int(JsonElement? data, string path) =>
        JsonPath.Find(data, path) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;
}
