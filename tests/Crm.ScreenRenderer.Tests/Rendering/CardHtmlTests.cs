using Crm.Abstractions.Screens;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class CardHtmlTests
{
    private static readonly ScreenDefinition Inquiry = new(
        "t.inquiry-card",
        ScreenKind.Card,
        "card.title",
        "/api/crm/inquiries/{key}",
        [
            new("main", "card.main",
            [
                new("number", "card.number", FieldType.Text, "number"),
                new("accountKey", "card.account", FieldType.Reference, "accountKey", Editable: true, Required: true, OptionsRoute: "/api/crm/accounts?search={accountKey}"),
                new("orderKey", "card.order", FieldType.Reference, "orderKey", Editable: true, OptionsRoute: "/api/crm/accounts/{accountKey}/orders", OptionValuePath: "number", OptionLabelPath: "title"),
                new("subject", "card.subject", FieldType.Text, "subject", Editable: true, Required: true),
                new("amount", "card.amount", FieldType.Money, "amount", Editable: true),
                new("dueDate", "card.dueDate", FieldType.Date, "dueDate", Editable: true),
                new("followUpAt", "card.followUpAt", FieldType.DateTime, "followUpAt", Editable: true),
                new("urgent", "card.urgent", FieldType.Boolean, "urgent", Editable: true),
                new("channel", "card.channel", FieldType.Choice, "channel", Editable: true, Required: true, Choices: ["Phone", "Email"]),
                new("priority", "card.priority", FieldType.Choice, "priority", Editable: true, Choices: ["Low", "High"]),
                new("category", "card.category", FieldType.Choice, "category", Editable: true, OptionsRoute: "/api/crm/inquiries/categories"),
            ]),
            new("orders", "card.orders",
            [
                new("orderNumber", "card.orderNumber", FieldType.Text, "number"),
                new("orderTotal", "card.orderTotal", FieldType.Money, "total"),
            ],
            RowsPath: "orders.items",
            DataRoute: "/api/crm/accounts/{key}/overview"),
        ],
        [
            new("save", "card.save", "PUT", "/api/crm/inquiries/{key}", Shortcut: "Ctrl+Enter", RecordValues: ["version", "currency"], SendsForm: true),
            new("close", "card.close", "POST", "/api/crm/inquiries/{number}/close", ConfirmKey: "card.closeConfirm"),
        ]);

    private const string Data = """
        {"number":"INQ-7","accountKey":"C-100","orderKey":"SO-9","subject":"Leaking valve","amount":1234.5,"currency":"EUR",
         "dueDate":"2026-03-05","followUpAt":"2026-03-05T23:30:00Z","urgent":true,"channel":"Email","priority":null,"category":"Repair","version":4}
        """;

    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.CreateCustomTimeZone("Test/Plus9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");

    private static System.Xml.Linq.XElement Card() =>
        Render(Page(Inquiry, Data, key: "INQ-7", sectionData: new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["orders"] = Json("""{"orders":{"items":[{"number":"SO-9","total":99.5,"currency":"USD"}]}}"""),
        }), Context(zone: Seoul, labels: new Dictionary<string, string> { ["card.channel.Email"] = "E-mail", ["card.closeConfirm"] = "Close it?" }));

    [TestMethod]
    public void Editable_fields_become_inputs_by_type_each_with_its_label()
    {
        var form = Card().ById("card-form");

        Assert.AreEqual("text", form.Named("subject").Attr("type"));
        Assert.AreEqual("Leaking valve", form.Named("subject").Attr("value"));
        Assert.AreEqual("number", form.Named("amount").Attr("type"));
        Assert.AreEqual("any", form.Named("amount").Attr("step"));
        Assert.AreEqual("1234.5", form.Named("amount").Attr("value"));
        Assert.AreEqual("date", form.Named("dueDate").Attr("type"));
        Assert.AreEqual("2026-03-05", form.Named("dueDate").Attr("value"));
        Assert.AreEqual("datetime-local", form.Named("followUpAt").Attr("type"));
        Assert.AreEqual("2026-03-06T08:30", form.Named("followUpAt").Attr("value"), "shown in the user's zone (UTC+9)");
        Assert.AreEqual("checkbox", form.Named("urgent").Attr("type"));
        Assert.AreEqual("checked", form.Named("urgent").Attr("checked"));
        var labelled = form.All("label").Select(label => label.Attr("for")).ToHashSet();
        foreach (var control in form.Descendants().Where(element => element.Name.LocalName is "input" or "select" && element.Attr("type") != "hidden"))
        {
            Assert.Contains(control.Attr("id"), labelled, $"{control.Attr("name")} has a label");
        }
    }

    [TestMethod]
    public void Inputs_follow_the_definition_order()
    {
        var names = Card().ById("card-form").Descendants()
            .Where(element => element.Name.LocalName is "input" or "select" && element.Attr("type") != "hidden")
            .Select(element => element.Attr("name")).ToArray();

        CollectionAssert.AreEqual(new[] { "accountKey", "orderKey", "subject", "amount", "dueDate", "followUpAt", "urgent", "channel", "priority", "category" }, names);
    }

    [TestMethod]
    public void Choices_show_labels_a_required_select_has_no_blank_option_and_an_optional_one_has()
    {
        var form = Card().ById("card-form");

        var channel = form.Named("channel");
        CollectionAssert.AreEqual(new[] { "Phone", "E-mail" }, channel.Elements("option").Select(option => option.Value).ToArray(), "a missing choice label shows the value");
        Assert.AreEqual("Phone", channel.Elements("option").First().Attr("value"), "no blank option before the first value");
        Assert.AreEqual("Email", channel.Elements("option").Single(option => option.Attr("selected") == "selected").Attr("value"));
        var priority = form.Named("priority");
        Assert.AreEqual(string.Empty, priority.Elements("option").First().Attr("value"));
        Assert.IsFalse(priority.Elements("option").Any(option => option.Attr("selected") is not null));
    }

    [TestMethod]
    public void A_reference_searched_by_its_own_value_is_a_combobox_with_a_listbox()
    {
        var form = Card().ById("card-form");

        var account = form.Named("accountKey");
        Assert.AreEqual("combobox", account.Attr("role"));
        Assert.AreEqual("list", account.Attr("aria-autocomplete"));
        Assert.AreEqual("false", account.Attr("aria-expanded"));
        Assert.AreEqual("/api/crm/accounts?search={accountKey}", account.Attr("data-options-route"));
        Assert.AreEqual("key", account.Attr("data-option-value"));
        Assert.AreEqual("name", account.Attr("data-option-label"));
        Assert.AreEqual("required", account.Attr("required"));
        var listbox = form.ById(account.Attr("aria-controls")!);
        Assert.AreEqual("listbox", listbox.Attr("role"));
        Assert.AreEqual("ul", listbox.Name.LocalName);
    }

    [TestMethod]
    public void A_reference_whose_route_names_another_field_is_a_select_reloaded_by_script()
    {
        var order = Card().ById("card-form").Named("orderKey");

        Assert.AreEqual("select", order.Name.LocalName);
        Assert.AreEqual("accountKey", order.Attr("data-depends-on"));
        Assert.AreEqual("number", order.Attr("data-option-value"));
        Assert.AreEqual("title", order.Attr("data-option-label"));
        Assert.AreEqual(string.Empty, order.Elements("option").First().Attr("value"), "blank first option");
        Assert.AreEqual("SO-9", order.Elements("option").Single(option => option.Attr("selected") == "selected").Attr("value"), "posts the current value without script");
        Assert.IsNull(Card().ById("card-form").Named("category").Attr("data-depends-on"), "a list of its own loads once");
    }

    [TestMethod]
    public void The_save_action_submits_the_card_form_with_key_route_and_record_values()
    {
        var form = Card().ById("card-form");

        Assert.AreEqual("post", form.Attr("method"));
        var save = form.All("button").Single();
        Assert.AreEqual("/screens/t.inquiry-card/actions/save", save.Attr("formaction"));
        Assert.AreEqual("Ctrl+Enter", save.Attr("data-shortcut"));
        Assert.AreEqual("Control+Enter", save.Attr("aria-keyshortcuts"));
        Assert.AreEqual("INQ-7", form.Named("_key").Attr("value"));
        Assert.AreEqual("INQ-7", form.Named("_route.key").Attr("value"));
        Assert.AreEqual("4", form.Named("_record.version").Attr("value"));
        Assert.AreEqual("\"EUR\"", form.Named("_record.currency").Attr("value"));
        Assert.AreEqual("/screens/t.inquiry-card/INQ-7", form.Named("_return").Attr("value"));
    }

    [TestMethod]
    public void Other_actions_are_forms_of_their_own_with_route_values_from_the_record_and_a_confirmation()
    {
        var close = Card().Forms("close").Single();

        Assert.AreEqual("INQ-7", close.Named("_route.number").Attr("value"));
        Assert.AreEqual("Close it?", close.All("button").Single().Attr("data-confirm"));
        Assert.IsFalse(close.Ancestors().Any(element => element.Attr("id") == "card-form"));
    }

    [TestMethod]
    public void Read_only_fields_are_text_and_a_section_with_its_own_route_is_a_table_of_its_data()
    {
        var html = Card();

        var main = html.All("section").First();
        Assert.AreEqual("section-main", main.Attr("aria-labelledby"));
        Assert.AreEqual("card.main", main.ById("section-main").Value);
        Assert.AreEqual("INQ-7", main.All("dd").Single().Value);
        var orders = html.All("table").Single();
        Assert.AreEqual("card.orders", orders.Element("caption")!.Value);
        CollectionAssert.AreEqual(new[] { "SO-9", "$99.50" }, orders.Element("tbody")!.Element("tr")!.Elements("td").Select(td => td.Value).ToArray());
    }

    [TestMethod]
    public void An_action_input_starts_with_the_records_value_at_its_initial_path()
    {
        var customer = new ScreenDefinition(
            "t.customer-card",
            ScreenKind.Card,
            "card.title",
            "/api/erp/customers/{key}",
            [new("main", "card.main", [new("name", "card.name", FieldType.Text, "name")])],
            [
                new("log", "card.log", "POST", "/api/crm/inquiries", Inputs:
                [
                    new("logAccount", "card.account", FieldType.Text, "accountKey", Editable: true, InitialValuePath: "key"),
                    new("logSubject", "card.subject", FieldType.Text, "subject", Editable: true),
                ]),
            ]);

        var form = Render(Page(customer, """{"key":"C10001","name":"Davies Roasters LLC"}""", key: "C10001")).Forms("log").Single();

        Assert.AreEqual("C10001", form.Named("logAccount").Attr("value"));
        Assert.IsNull(form.Named("logSubject").Attr("value"));
    }
}
