namespace Crm.ScreenRenderer.Rendering;

/// <summary>A list: filters, the screen's actions, the rows with their own actions, paging, then the other sections.</summary>
internal static class ListHtml
{
    public static void Write(HtmlWriter html, RenderScope scope)
    {
        FilterFormHtml.Write(html, scope);
        ScreenActionsHtml.Write(html, scope, record: null);
        if (scope.Screen.Sections.Count == 0)
        {
            return;
        }

        var columns = scope.Screen.Sections[0];
        var rowActions = scope.Screen.Actions.Where(scope.IsPerRecord).ToList();
        SectionHtml.Table(html, columns, JsonPath.Rows(scope.Page.Data, scope.Screen.RowsPath), rowActions, scope);
        PagerHtml.Write(html, scope.Page.Data, scope);
        // A section that only holds the filters is already the filter form above.
        foreach (var section in scope.Screen.Sections.Skip(1).Where(s => !IsOnlyFilters(s, scope)))
        {
            SectionHtml.Write(html, section, scope);
        }
    }

    private static bool IsOnlyFilters(Crm.Abstractions.Screens.ScreenSection section, RenderScope scope) =>
        section.Fields.Count > 0 && section.RowsPath is null && (section.Charts?.Count ?? 0) == 0 && section.Fields.All(scope.Filters.Contains);
}
