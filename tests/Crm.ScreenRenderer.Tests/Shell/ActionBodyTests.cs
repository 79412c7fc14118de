using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Crm.ScreenRenderer.Tests.Shell;

/// <summary>A posted form becomes the JSON body an action's endpoint expects.</summary>
[TestClass]
public sealed class ActionBodyTests
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [TestMethod]
    [DataRow(FieldType.Text, "  Where is my order? ", "\"Where is my order?\"")]
    [DataRow(FieldType.Choice, "Phone", "\"Phone\"")]
    [DataRow(FieldType.Reference, "C10003", "\"C10003\"")]
    [DataRow(FieldType.Number, "42", "42")]
    [DataRow(FieldType.Money, "1234.50", "1234.50")]
    [DataRow(FieldType.Money, "1.234,50", "\"1.234,50\"")]
    [DataRow(FieldType.Number, "many", "\"many\"")]
    [DataRow(FieldType.Date, "2026-03-01", "\"2026-03-01\"")]
    [DataRow(FieldType.Date, "tomorrow", "\"tomorrow\"")]
    [DataRow(FieldType.DateTime, "2026-01-15T09:30", "\"2026-01-15T09:30:00+01:00\"")]
    [DataRow(FieldType.DateTime, "2026-07-15T09:30", "\"2026-07-15T09:30:00+02:00\"")]
    [DataRow(FieldType.Boolean, "on", "true")]
    [DataRow(FieldType.Boolean, "true", "true")]
    [DataRow(FieldType.Boolean, null, "false")]
    public void A_posted_value_converts_by_field_type(FieldType type, string? posted, string json)
    {
        var value = ActionBody.Convert(new ScreenField("f", "k", type, "f"), posted, Berlin, out var omit);
        Assert.IsFalse(omit);
        Assert.AreEqual(json, value!.ToJsonString(Unescaped));
    }

    [TestMethod]
    public void An_empty_optional_field_is_left_out_and_an_empty_required_one_is_sent_empty()
    {
        ActionBody.Convert(new ScreenField("f", "k", FieldType.Number, "f"), " ", Berlin, out var omitOptional);
        var required = ActionBody.Convert(new ScreenField("f", "k", FieldType.Text, "f", Required: true), string.Empty, Berlin, out var omitRequired);
        Assert.IsTrue(omitOptional);
        Assert.IsFalse(omitRequired);
        Assert.AreEqual("\"\"", required!.ToJsonString());
    }

    [TestMethod]
    public void Record_values_then_form_then_inputs_land_at_their_nested_paths()
    {
        var action = new ScreenAction(
            "save", "k", "PUT", "/api/x/{key}",
            Inputs: [new ScreenField("reason", "k", FieldType.Text, "change.reason", Required: true)],
            RecordValues: ["version", "owner.since"],
            SendsForm: true);
        var screen = new ScreenDefinition(
            "crm.x", ScreenKind.Card, "k", "/api/x/{key}",
            [
                new ScreenSection("main", "k",
                [
                    new ScreenField("name", "k", FieldType.Text, "account.name", Editable: true),
                    new ScreenField("limit", "k", FieldType.Money, "account.limit", Editable: true),
                    new ScreenField("vip", "k", FieldType.Boolean, "account.vip", Editable: true),
                    new ScreenField("readOnly", "k", FieldType.Text, "account.number"),
                ]),
                new ScreenSection("orders", "k", [new ScreenField("total", "k", FieldType.Money, "total", Editable: true)], RowsPath: "orders"),
            ],
            [action]);
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["_record.version"] = "7",
            ["_record.owner.since"] = "\"2026-01-01\"",
            ["name"] = "Müller GmbH",
            ["limit"] = "5000",
            ["readOnly"] = "ignored",
            ["total"] = "ignored",
            ["reason"] = "Bigger orders",
        });

        var body = ActionBody.Build(screen, action, form, Berlin);

        var expected = JsonNode.Parse("""
            {"version":7,"owner":{"since":"2026-01-01"},"account":{"name":"Müller GmbH","limit":5000,"vip":false},"change":{"reason":"Bigger orders"}}
            """);
        Assert.IsTrue(JsonNode.DeepEquals(expected, body), body.ToJsonString());
    }

    [TestMethod]
    public void Without_sends_form_only_record_values_and_inputs_are_sent()
    {
        var action = new ScreenAction("lose", "k", "POST", "/api/x/{key}/lost", Inputs: [new ScreenField("why", "k", FieldType.Choice, "reason")], RecordValues: ["version"]);
        var screen = new ScreenDefinition("crm.x", ScreenKind.Card, "k", null, [new ScreenSection("main", "k", [new ScreenField("name", "k", FieldType.Text, "name", Editable: true)])], [action]);
        var form = new FormCollection(new Dictionary<string, StringValues> { ["_record.version"] = "3", ["name"] = "x", ["why"] = "Price" });

        var body = ActionBody.Build(screen, action, form, Berlin);

        Assert.IsTrue(JsonNode.DeepEquals(JsonNode.Parse("""{"version":3,"reason":"Price"}"""), body), body.ToJsonString());
    }

    [TestMethod]
    public void A_file_action_sends_its_other_inputs_as_query_parameters_by_data_path()
    {
        var action = new ScreenAction(
            "import", "k", "POST", "/api/leads/import",
            Inputs:
            [
                new ScreenField("importFile", "k", FieldType.File, "file", Required: true, Choices: ["text/csv"]),
                new ScreenField("importDryRun", "k", FieldType.Boolean, "dryRun"),
                new ScreenField("importSkipInvalid", "k", FieldType.Boolean, "skipInvalid"),
                new ScreenField("source", "k", FieldType.Text, "source"),
                new ScreenField("note", "k", FieldType.Text, "note"),
            ]);
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["importFile"] = "not a file",
            ["importDryRun"] = "true",
            ["source"] = " Fair & expo ",
            ["note"] = string.Empty,
        });

        var query = ActionBody.Query(action, form, Berlin);

        Assert.AreEqual("?dryRun=true&skipInvalid=false&source=Fair%20%26%20expo", query.ToUriComponent());
    }
}
