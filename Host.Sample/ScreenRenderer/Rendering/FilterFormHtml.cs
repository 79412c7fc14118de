namespace Crm.ScreenRenderer.Rendering;

/// <summary>The filters of a list or dashboard as a GET form: reloading the screen with them applied.</summary>
internal static class FilterFormHtml
{
    public static void Write(HtmlWriter html, RenderScope scope)
    {
        if (scope.Filters.Count == 0)
        {
            return;
        }

        html.Open("form", ("method", "get"), ("action", scope.ScreenUrl), ("class", "filters"));
        html.Open("fieldset").Element("legend", scope.Text("Filter"));
        foreach (var field in scope.Filters)
        {
            // Without a filter in the request the data says which one the API applied (its default range).
            var value = scope.Page.Filters.GetValueOrDefault(field.Id)
                ?? ValueFormatter.InputValue(field, JsonPath.Find(scope.Page.Data, field.DataPath), scope);
            FieldInputHtml.Write(html, new FieldInput(field, "filter-" + field.Id, field.Id, value, []), scope);
        }

        // The page size survives a new filter; the page number does not, the new rows start at one.
        if (scope.Page.Filters.TryGetValue("pageSize", out var pageSize))
        {
            html.Void("input", ("type", "hidden"), ("name", "pageSize"), ("value", pageSize));
        }

        html.Element("button", scope.Text("Apply"), ("type", "submit"));
        html.Close("fieldset").Close("form");
    }
}
