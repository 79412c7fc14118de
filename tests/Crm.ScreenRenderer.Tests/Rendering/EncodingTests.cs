using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class EncodingTests
{
    private const string Hostile = "<script>alert('x')</script>\"&";

    [TestMethod]
    public void Data_and_labels_never_become_markup()
    {
        var screen = new ScreenDefinition(
            "t.list",
            ScreenKind.List,
            "list.title",
            "/api/x",
            [new("columns", "list.columns", [new("name", "list.name", FieldType.Text, "name", OpensScreenId: "t.card"), new("note", "list.note", FieldType.Text, "note", Editable: true)])],
            [new("rename", "list.rename", "POST", "/api/x/{name}", ConfirmKey: "list.confirm")],
            RowsPath: "items");
        var json = System.Text.Json.JsonSerializer.Serialize(new { items = new[] { new { name = Hostile, note = Hostile } } });
        var labels = new Dictionary<string, string> { ["list.name"] = Hostile, ["list.confirm"] = Hostile, ["list.columns"] = Hostile };

        var raw = ScreenHtml.Render(Page(screen, json), Context(labels: labels));
        var html = Render(Page(screen, json), Context(labels: labels));

        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.IsFalse(html.All("script").Any());
        Assert.AreEqual(Hostile, html.All("th").First().Value);
        Assert.AreEqual(Hostile, html.All("a").Single().Value);
        Assert.AreEqual(Hostile, html.All("button").Single().Attr("data-confirm"));
        Assert.AreEqual(Hostile, html.Forms("rename").Single().Named("_route.name").Attr("value"));
    }
}
