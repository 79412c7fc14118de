using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

/// <summary>An action with a file input is a multipart form with a file picker for the accepted types.</summary>
[TestClass]
public sealed class FileInputHtmlTests
{
    private static readonly ScreenDefinition Leads = new(
        "t.leads", ScreenKind.List, "leads.title", "/api/leads",
        [new ScreenSection("columns", "leads.columns", [new ScreenField("company", "leads.company", FieldType.Text, "company")])],
        [
            new("import", "leads.import", "POST", "/api/leads/import",
                Inputs:
                [
                    new("importFile", "leads.importFile", FieldType.File, "file", Editable: true, Required: true, Choices: ["text/csv", "text/plain"]),
                    new("importDryRun", "leads.importDryRun", FieldType.Boolean, "dryRun", Editable: true),
                ]),
            new("create", "leads.create", "POST", "/api/leads",
                Inputs: [new("newCompany", "leads.company", FieldType.Text, "company", Editable: true)]),
        ],
        RowsPath: "items");

    [TestMethod]
    public void A_file_input_is_a_labelled_file_picker_for_its_types_in_a_multipart_form()
    {
        var html = Render(Page(Leads, """{"items":[]}"""), Context(labels: new Dictionary<string, string> { ["leads.importFile"] = "CSV file" }));

        var form = html.Forms("import").Single();
        Assert.AreEqual("multipart/form-data", form.Attr("enctype"));
        var picker = form.Named("importFile");
        Assert.AreEqual("file", picker.Attr("type"));
        Assert.AreEqual("text/csv,text/plain", picker.Attr("accept"));
        Assert.AreEqual("required", picker.Attr("required"));
        Assert.IsNull(picker.Attr("value"), "a browser never pre-fills a file input");
        var label = form.All("label").Single(candidate => candidate.Attr("for") == picker.Attr("id"));
        Assert.AreEqual("CSV file", label.Value);
        Assert.AreEqual("checkbox", form.Named("importDryRun").Attr("type"), "a boolean input stays a checkbox");
    }

    [TestMethod]
    public void A_form_without_a_file_input_keeps_the_default_encoding()
    {
        var html = Render(Page(Leads, """{"items":[]}"""));

        Assert.IsNull(html.Forms("create").Single().Attr("enctype"));
    }

    [TestMethod]
    public void A_missing_file_is_shown_at_the_file_input()
    {
        var outcome = new ActionOutcome("import", 400, null, null, new Dictionary<string, string[]> { ["file"] = ["Choose a file."] },
            new Dictionary<string, string> { ["importDryRun"] = "true" }, null);

        var form = Render(Page(Leads, """{"items":[]}""", outcome: outcome)).Forms("import").Single();

        var picker = form.Named("importFile");
        Assert.AreEqual("true", picker.Attr("aria-invalid"));
        Assert.AreEqual("Choose a file.", form.ById(picker.Attr("aria-describedby")!).Value);
        Assert.AreEqual("checked", form.Named("importDryRun").Attr("checked"), "the user's other choices stay");
    }
}
