using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using Crm.ScreenRenderer.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

/// <summary>
/// Values whose names contain dots (custom field codes such as <c>auto.vin</c>), addressed as
/// <c>values["auto.vin"]</c>: read from a section's data, shown, edited, and sent back to the same place.
/// </summary>
[TestClass]
public sealed class DottedKeyTests
{
    private const string Values = """{"entity":"leads","key":"42","values":{"auto.vin":"WVWZZZ1JZXW000001","auto.mileage":12500.5,"auto.fuel":"diesel"},"version":3}""";

    private static readonly ScreenField[] Shown =
    [
        new("cf.vin", "field.auto.vin", FieldType.Text, "values[\"auto.vin\"]"),
        new("cf.mileage", "field.auto.mileage", FieldType.Number, "values[\"auto.mileage\"]"),
        new("cf.fuel", "field.auto.fuel", FieldType.Choice, "values[\"auto.fuel\"]", Choices: ["petrol", "diesel"]),
    ];

    private static readonly ScreenAction Edit = new(
        "editFields", "fields.edit", "PUT", "/api/crm/custom-fields/leads/{key}",
        Inputs:
        [
            new("customFields.auto.vin", "field.auto.vin", FieldType.Text, "values[\"auto.vin\"]", Editable: true, Required: true),
            new("customFields.auto.mileage", "field.auto.mileage", FieldType.Number, "values[\"auto.mileage\"]", Editable: true),
            new("customFields.auto.fuel", "field.auto.fuel", FieldType.Choice, "values[\"auto.fuel\"]", Editable: true, Choices: ["petrol", "diesel"]),
        ],
        RecordValues: ["version"])
    {
        RecordSectionId = "fields",
        SendsEmptyAsNull = true,
    };

    private static readonly ScreenDefinition Card = new(
        "t.lead-card", ScreenKind.Card, "card.title", "/api/crm/leads/{key}",
        [
            new("main", "card.main", [new("company", "card.company", FieldType.Text, "company")]),
            new("fields", "fields.section", Shown, DataRoute: "/api/crm/custom-fields/leads/{key}"),
        ],
        [Edit]);

    [TestMethod]
    [DataRow("values[\"auto.vin\"]", new[] { "values", "auto.vin" })]
    [DataRow("a.b.c", new[] { "a", "b", "c" })]
    [DataRow("[\"x.y\"].z", new[] { "x.y", "z" })]
    [DataRow("a[\"q\\\"uote.d\"][\"e.f\"].g", new[] { "a", "q\"uote.d", "e.f", "g" })]
    public void A_path_splits_at_dots_outside_brackets(string path, string[] segments) =>
        CollectionAssert.AreEqual(segments, DataPath.Segments(path).ToArray());

    [TestMethod]
    public void A_dotted_name_reads_its_value_and_a_money_sibling_stays_beside_it()
    {
        var data = Json("""{"values":{"auto.vin":"V1","auto":{"vin":"wrong"},"currency":"EUR"}}""");

        Assert.AreEqual("V1", JsonPath.Find(data, "values[\"auto.vin\"]")!.Value.GetString());
        Assert.AreEqual("wrong", JsonPath.Find(data, "values.auto.vin")!.Value.GetString());
        Assert.AreEqual("values.currency", JsonPath.Sibling("values[\"auto.vin\"]", "currency"));
    }

    [TestMethod]
    public void The_section_shows_the_values_and_the_edit_form_starts_with_them_and_the_sections_version()
    {
        var labels = new Dictionary<string, string> { ["field.auto.fuel.diesel"] = "Diesel" };
        var page = Render(Page(Card, """{"company":"Autohaus Kim","version":9}""", key: "42",
            sectionData: new Dictionary<string, JsonElement> { ["fields"] = Json(Values) }), Context(labels: labels));

        var section = page.ById("section-fields").Parent!;
        StringAssert.Contains(section.Value, "WVWZZZ1JZXW000001");
        StringAssert.Contains(section.Value, "12,500.5");
        StringAssert.Contains(section.Value, "Diesel");

        var form = page.Forms("editFields").Single();
        Assert.AreEqual("WVWZZZ1JZXW000001", form.Named("customFields.auto.vin").Attr("value"));
        Assert.AreEqual("required", form.Named("customFields.auto.vin").Attr("required"));
        Assert.AreEqual("12500.5", form.Named("customFields.auto.mileage").Attr("value"));
        Assert.AreEqual("diesel", form.Named("customFields.auto.fuel").Descendants().Single(o => o.Attr("selected") is not null).Attr("value"));
        Assert.AreEqual("3", form.Named("_record.version").Attr("value"));
        Assert.AreEqual("42", form.Named("_route.key").Attr("value"));
    }

    [TestMethod]
    public void Without_its_sections_data_the_edit_action_is_not_offered()
    {
        var page = Render(Page(Card, """{"company":"Autohaus Kim","version":9}""", key: "42"));

        Assert.IsFalse(page.Forms("editFields").Any());
    }

    [TestMethod]
    public void The_posted_form_goes_back_under_the_dotted_names_and_an_emptied_field_is_sent_as_null()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["_record.version"] = "3",
            ["customFields.auto.vin"] = "WVWZZZ1JZXW000002",
            ["customFields.auto.mileage"] = "13000",
            ["customFields.auto.fuel"] = string.Empty,
        });

        var body = ActionBody.Build(Card, Edit, form, TimeZoneInfo.Utc);

        var expected = JsonNode.Parse("""{"version":3,"values":{"auto.vin":"WVWZZZ1JZXW000002","auto.mileage":13000,"auto.fuel":null}}""");
        Assert.IsTrue(JsonNode.DeepEquals(expected, body), body.ToJsonString());
    }

    [TestMethod]
    public void Without_sends_empty_as_null_an_emptied_field_is_still_left_out()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["customFields.auto.vin"] = "V", ["customFields.auto.fuel"] = string.Empty });

        var body = ActionBody.Build(Card, Edit with { SendsEmptyAsNull = false, RecordValues = null }, form, TimeZoneInfo.Utc);

        Assert.IsTrue(JsonNode.DeepEquals(JsonNode.Parse("""{"values":{"auto.vin":"V"}}"""), body), body.ToJsonString());
    }

    [TestMethod]
    public void A_list_filter_named_by_a_dotted_code_is_an_input_of_the_filter_form_and_fills_its_query_parameter()
    {
        var list = new ScreenDefinition(
            "t.leads", ScreenKind.List, "list.title", "/api/crm/leads?cf.auto.vin={cf.auto.vin}&cf.auto.fuel={cf.auto.fuel}",
            [
                new("columns", "list.columns", [new("company", "list.company", FieldType.Text, "company")]),
                new("filters", "list.filters",
                [
                    new("cf.auto.vin", "field.auto.vin", FieldType.Text, "[\"cf.auto.vin\"]", Editable: true),
                    new("cf.auto.fuel", "field.auto.fuel", FieldType.Choice, "[\"cf.auto.fuel\"]", Editable: true, Choices: ["petrol", "diesel"]),
                ]),
            ],
            [],
            RowsPath: "items");
        var filters = new Dictionary<string, string> { ["cf.auto.vin"] = "WV 1" };

        var page = Render(Page(list, """{"items":[]}""", filters: filters));
        var route = Crm.ScreenRenderer.Shell.RouteTemplate.Fill(list.DataRoute!, filters.GetValueOrDefault);

        var form = page.All("form").Single(f => f.Attr("method") == "get");
        Assert.AreEqual("WV 1", form.Named("cf.auto.vin").Attr("value"));
        Assert.AreEqual("select", form.Named("cf.auto.fuel").Name.LocalName);
        Assert.AreEqual("/api/crm/leads?cf.auto.vin=WV%201", route);
    }
}
