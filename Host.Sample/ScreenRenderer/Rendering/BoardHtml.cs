using System.Globalization;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>A board: a column per configured column with its count, each record an article with its actions.</summary>
internal static class BoardHtml
{
    public static void Write(HtmlWriter html, RenderScope scope)
    {
        ScreenActionsHtml.Write(html, scope, record: null);
        var fields = scope.Screen.Sections.Count > 0 ? scope.Screen.Sections[0].Fields : [];
        var cardActions = scope.Screen.Actions.Where(scope.IsPerRecord).ToList();
        var columns = scope.Screen.Columns ?? [];
        html.Open("div", ("class", "board"));
        for (var columnIndex = 0; columnIndex < columns.Count; columnIndex++)
        {
            var column = columns[columnIndex];
            var cards = JsonPath.Rows(scope.Page.Data, column.DataPath);
            var headingId = "column-" + columnIndex.ToString(CultureInfo.InvariantCulture);
            html.Open("section", ("class", "board-column"), ("aria-labelledby", headingId));
            html.Open("h2", ("id", headingId)).Text(column.Name).Raw(" ")
                .Element("span", scope.Text("CardCount", cards.Count), ("class", "count")).Close("h2");
            if (cards.Count == 0)
            {
                html.Element("p", scope.Text("NoRows"), ("class", "no-rows"));
            }

            for (var cardIndex = 0; cardIndex < cards.Count; cardIndex++)
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"card-{columnIndex}-{cardIndex}");
                html.Open("article", ("class", "board-card"), ("aria-labelledby", prefix + "-title"));
                SectionHtml.ReadOnlyFields(html, fields, cards[cardIndex], scope, prefix + "-title");
                foreach (var action in cardActions)
                {
                    ActionFormHtml.Write(html, action, new ActionRecord(cards[cardIndex], prefix + "-" + action.Id, column.Id), scope);
                }

                html.Close("article");
            }

            html.Close("section");
        }

        html.Close("div");
    }
}
