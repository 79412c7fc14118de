using Crm.Abstractions.Screens;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class ListHtmlTests
{
    private static readonly ScreenDefinition Queue = new(
        "t.queue",
        ScreenKind.List,
        "queue.title",
        "/api/crm/inquiries?team={team}",
        [
            new("columns", "queue.columns",
            [
                new("number", "queue.number", FieldType.Text, "number", OpensScreenId: "t.inquiry-card"),
                new("subject", "queue.subject", FieldType.Text, "subject"),
                new("team", "queue.team", FieldType.Text, "team", Editable: true),
            ]),
        ],
        [
            new("log", "queue.log", "POST", "/api/crm/inquiries", Shortcut: "Alt+N"),
            new("comment", "queue.comment", "POST", "/api/crm/inquiries/{number}/comments",
                Inputs: [new("commentText", "queue.commentText", FieldType.Text, "text", Editable: true, Required: true)],
                RecordValues: ["version"]),
        ],
        RowsPath: "items");

    private const string TwoRows = """
        {"items":[{"number":"INQ-1/a","subject":"Broken pump","team":"North","version":3},
                  {"number":"INQ-2","subject":"Invoice","team":"North","version":7}],
         "pageNumber":2,"pageSize":2,"totalCount":7,"pageCount":4}
        """;

    [TestMethod]
    public void Rows_become_table_rows_with_a_header_per_field_and_the_key_links_to_its_card()
    {
        var html = Render(Page(Queue, TwoRows, filters: new Dictionary<string, string> { ["team"] = "North", ["page"] = "2" }),
            Context(labels: new Dictionary<string, string> { ["queue.number"] = "Number", ["queue.columns"] = "Open inquiries" }));

        var table = html.All("table").Single();
        Assert.AreEqual("Open inquiries", table.Element("caption")!.Value);
        CollectionAssert.AreEqual(new[] { "Number", "queue.subject", "queue.team", "Actions" }, table.All("th").Select(th => th.Value).ToArray());
        Assert.IsTrue(table.All("th").All(th => th.Attr("scope") == "col"));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.HasCount(2, rows);
        var link = rows[0].All("a").Single();
        Assert.AreEqual("/screens/t.inquiry-card/INQ-1%2Fa", link.Attr("href"));
        Assert.AreEqual("INQ-1/a", link.Value);
        Assert.AreEqual("Broken pump", rows[0].Elements("td").ElementAt(1).Value);
    }

    [TestMethod]
    public void Paging_links_keep_the_filters_and_set_the_page()
    {
        var html = Render(Page(Queue, TwoRows, filters: new Dictionary<string, string> { ["team"] = "North", ["page"] = "2", ["pageSize"] = "2" }));

        var pager = html.All("nav").Single();
        var links = pager.All("a").ToDictionary(a => a.Attr("rel")!, a => a.Attr("href"));
        Assert.AreEqual("/screens/t.queue?team=North&pageSize=2&page=1", links["prev"]);
        Assert.AreEqual("/screens/t.queue?team=North&pageSize=2&page=3", links["next"]);
        Assert.AreEqual("Page 2 of 4", pager.All("span").Single(span => span.Attr("class") == "page-of").Value);
        Assert.AreEqual("7 in total", pager.All("span").Single(span => span.Attr("class") == "row-count").Value);
    }

    [TestMethod]
    public void A_capped_count_is_shown_as_more_than()
    {
        var capped = TwoRows.Replace("\"totalCount\":7", "\"totalCount\":1000,\"totalCountCapped\":true", StringComparison.Ordinal);

        var html = Render(Page(Queue, capped, filters: new Dictionary<string, string> { ["page"] = "2" }));

        var pager = html.All("nav").Single();
        Assert.AreEqual("more than 1000", pager.All("span").Single(span => span.Attr("class") == "row-count").Value);
    }

    [TestMethod]
    public void Editable_fields_named_in_the_data_route_form_a_filter_form_with_their_values()
    {
        var html = Render(Page(Queue, TwoRows, filters: new Dictionary<string, string> { ["team"] = "North" }));

        var filter = html.All("form").Single(form => form.Attr("method") == "get");
        Assert.AreEqual("/screens/t.queue", filter.Attr("action"));
        Assert.AreEqual("North", filter.Named("team").Attr("value"));
        Assert.AreEqual("filter-team", filter.All("label").Single().Attr("for"));
        Assert.AreEqual("Apply", filter.All("button").Single().Value);
    }

    [TestMethod]
    public void Per_record_actions_render_per_row_with_route_and_record_values_and_inputs_folded()
    {
        var html = Render(Page(Queue, TwoRows, filters: new Dictionary<string, string> { ["team"] = "North" }));

        var forms = html.Forms("comment").ToList();
        Assert.HasCount(2, forms);
        var first = forms[0];
        Assert.AreEqual("details", first.Parent!.Name.LocalName);
        Assert.AreEqual("queue.comment", first.Parent.Element("summary")!.Value);
        Assert.AreEqual("INQ-1/a", first.Named("_route.number").Attr("value"));
        Assert.AreEqual("3", first.Named("_record.version").Attr("value"));
        Assert.AreEqual("7", forms[1].Named("_record.version").Attr("value"));
        Assert.AreEqual(Token, first.Named(TokenField).Attr("value"));
        Assert.AreEqual("/screens/t.queue?team=North", first.Named("_return").Attr("value"));
        var input = first.Named("commentText");
        Assert.AreEqual("required", input.Attr("required"));
        Assert.AreEqual("true", input.Attr("aria-required"));
        Assert.AreEqual(input.Attr("id"), first.All("label").Single().Attr("for"));
    }

    [TestMethod]
    public void A_screen_level_action_appears_once_with_its_shortcut()
    {
        var html = Render(Page(Queue, TwoRows));

        var log = html.Forms("log").Single();
        var button = log.All("button").Single();
        Assert.AreEqual("Alt+N", button.Attr("data-shortcut"));
        Assert.AreEqual("Alt+N", button.Attr("aria-keyshortcuts"));
        Assert.AreEqual("queue.log (Alt+N)", button.Attr("title"));
        Assert.IsFalse(log.Ancestors().Any(element => element.Name.LocalName == "table"));
    }

    [TestMethod]
    public void An_empty_list_says_so_and_has_no_paging_links()
    {
        var html = Render(Page(Queue, """{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0,"pageCount":0}"""));

        var cell = html.All("td").Single();
        Assert.AreEqual("Nothing to show.", cell.Value);
        Assert.AreEqual("4", cell.Attr("colspan"));
        Assert.IsFalse(html.All("nav").Single().All("a").Any());
    }

    [TestMethod]
    public void An_action_that_copies_record_values_belongs_to_each_row_even_without_a_route_placeholder()
    {
        var targets = new ScreenDefinition(
            "t.targets",
            ScreenKind.List,
            "targets.title",
            "/api/crm/forecast/targets",
            [new("columns", "targets.columns", [new("owner", "targets.owner", FieldType.Text, "owner")])],
            [
                new("set", "targets.set", "PUT", "/api/crm/forecast/targets"),
                new("change", "targets.change", "PUT", "/api/crm/forecast/targets", RecordValues: ["owner", "version"]),
            ]);

        var html = Render(Page(targets, """[{"owner":"rep","version":2},{"owner":"rep2","version":5}]"""));

        Assert.HasCount(1, html.Forms("set"));
        var changes = html.Forms("change").ToList();
        Assert.HasCount(2, changes);
        Assert.AreEqual("\"rep2\"", changes[1].Named("_record.owner").Attr("value"));
        Assert.AreEqual("5", changes[1].Named("_record.version").Attr("value"));
    }
}
