using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class OutcomeHtmlTests
{
    private static readonly ScreenDefinition QuickLog = new(
        "t.quick-log",
        ScreenKind.Card,
        "log.title",
        null,
        [
            new("inquiry", "log.inquiry",
            [
                new("subject", "log.subject", FieldType.Text, "subject", Editable: true, Required: true),
                new("contactName", "log.contactName", FieldType.Text, "contact.name", Editable: true),
            ]),
        ],
        [new("save", "log.save", "POST", "/api/crm/inquiries", SendsForm: true)]);

    private static readonly ScreenDefinition Leads = new(
        "t.leads",
        ScreenKind.List,
        "leads.title",
        "/api/crm/leads",
        [
            new("columns", "leads.columns", [new("company", "leads.company", FieldType.Text, "company")]),
            new("duplicateHints", "leads.duplicateHints",
            [
                new("duplicateName", "leads.duplicateName", FieldType.Text, "name"),
                new("matchedOn", "leads.matchedOn", FieldType.Text, "matchedOn"),
            ],
            RowsPath: "duplicates"),
        ],
        [
            new("create", "leads.create", "POST", "/api/crm/leads", ResultSectionId: "duplicateHints",
                Inputs: [new("newCompany", "leads.company", FieldType.Text, "company", Editable: true, Required: true)]),
        ],
        RowsPath: "items");

    private static ActionOutcome Failure(int status, IReadOnlyDictionary<string, string[]>? errors = null) => new(
        "save", status, "Problem", "The subject is too long.",
        errors ?? new Dictionary<string, string[]>(),
        new Dictionary<string, string> { ["subject"] = "A very long subject", ["contactName"] = "Kim" },
        null);

    [TestMethod]
    public void A_validation_failure_shows_an_alert_and_each_message_beside_its_input_with_the_submitted_values()
    {
        var outcome = Failure(400, new Dictionary<string, string[]> { ["Contact.Name"] = ["Too short."], ["accountKey"] = ["Unknown account."] });
        var html = Render(Page(QuickLog, outcome: outcome));

        var alert = html.All("div").Single(div => div.Attr("role") == "alert");
        CollectionAssert.AreEqual(new[] { "Some fields need your attention.", "log.save", "The subject is too long." }, alert.Elements("p").Select(p => p.Value).ToArray());
        Assert.AreEqual("accountKey: Unknown account.", alert.Element("ul")!.Elements("li").Single().Value, "a message without an input is listed in the alert");
        var contact = html.ById("card-form").Named("contactName");
        Assert.AreEqual("true", contact.Attr("aria-invalid"));
        Assert.AreEqual("Too short.", html.ById(contact.Attr("aria-describedby")!).Value);
        Assert.AreEqual("Kim", contact.Attr("value"));
        var subject = html.ById("card-form").Named("subject");
        Assert.AreEqual("A very long subject", subject.Attr("value"));
        Assert.IsNull(subject.Attr("aria-invalid"));
    }

    [TestMethod]
    public void The_alert_title_follows_the_status_in_the_user_language()
    {
        string Title(int status, string culture) =>
            Render(Page(QuickLog, outcome: Failure(status)), Context(culture)).All("p").Single(p => p.Attr("class") == "alert-title").Value;

        Assert.AreEqual("You are not allowed to do this.", Title(403, "en-US"));
        Assert.AreEqual("Dieser Datensatz existiert nicht mehr.", Title(404, "de-DE"));
        Assert.AreEqual("다른 사용자가 이 레코드를 변경했습니다. 페이지를 새로 고친 후 다시 시도해 주세요.", Title(409, "ko-KR"));
        Assert.AreEqual("This could not be done.", Title(500, "en-US"));
    }

    [TestMethod]
    public void A_success_fills_the_action_result_section_which_is_absent_otherwise()
    {
        var before = Render(Page(Leads, """{"items":[{"company":"Acme"}]}"""));
        Assert.HasCount(1, before.All("table"), "no duplicate table before anyone asked");

        var result = Json("""{"lead":{"id":5},"duplicates":[{"name":"ACME GmbH","matchedOn":"company"},{"name":"Acme Ltd","matchedOn":"email"}]}""");
        var outcome = new ActionOutcome("create", 201, null, null, new Dictionary<string, string[]>(), new Dictionary<string, string>(), result);
        var after = Render(Page(Leads, """{"items":[{"company":"Acme"}]}""", outcome: outcome));

        var hints = after.All("table").Single(table => table.Element("caption")!.Value == "leads.duplicateHints");
        CollectionAssert.AreEqual(new[] { "ACME GmbH", "Acme Ltd" }, hints.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").First().Value).ToArray());
        Assert.IsFalse(after.All("div").Any(div => div.Attr("role") == "alert"));
    }

    [TestMethod]
    public void A_failed_row_action_shows_its_messages_in_the_row_it_was_taken_on_only()
    {
        var screen = new ScreenDefinition(
            "t.rows",
            ScreenKind.List,
            "rows.title",
            "/api/rows",
            [new("columns", "rows.columns", [new("name", "rows.name", FieldType.Text, "name")])],
            [new("rename", "rows.rename", "POST", "/api/rows/{id}/name", Inputs: [new("newName", "rows.newName", FieldType.Text, "name", Editable: true)])],
            RowsPath: "items");
        var outcome = new ActionOutcome("rename", 400, "Invalid", null,
            new Dictionary<string, string[]> { ["name"] = ["Taken."] },
            new Dictionary<string, string> { ["_route.id"] = "2", ["newName"] = "Beta" },
            null);

        var forms = Render(Page(screen, """{"items":[{"id":1,"name":"A"},{"id":2,"name":"B"}]}""", outcome: outcome)).Forms("rename").ToList();

        Assert.IsNull(forms[0].Named("newName").Attr("aria-invalid"));
        Assert.AreEqual("A", forms[0].Named("newName").Attr("value"));
        Assert.IsNull(forms[0].Parent!.Attr("open"));
        Assert.AreEqual("true", forms[1].Named("newName").Attr("aria-invalid"));
        Assert.AreEqual("Beta", forms[1].Named("newName").Attr("value"));
        Assert.AreEqual("open", forms[1].Parent!.Attr("open"));
    }
}
