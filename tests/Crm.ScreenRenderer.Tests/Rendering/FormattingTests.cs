using Crm.Abstractions.Screens;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class FormattingTests
{
    private static readonly ScreenDefinition Values = new(
        "t.values",
        ScreenKind.Card,
        "values.title",
        "/api/values/{key}",
        [
            new("all", "values.all",
            [
                new("count", "values.count", FieldType.Number, "count"),
                new("euro", "values.euro", FieldType.Money, "euro.amount"),
                new("won", "values.won", FieldType.Money, "won.amount"),
                new("due", "values.due", FieldType.Date, "due"),
                new("at", "values.at", FieldType.DateTime, "at"),
                new("done", "values.done", FieldType.Boolean, "done"),
                new("channel", "values.channel", FieldType.Choice, "channel", Choices: ["Phone", "Email"]),
                new("missing", "values.missing", FieldType.Text, "missing"),
            ]),
        ],
        []);

    private const string Data = """
        {"count":12345.5,"euro":{"amount":1234.5,"currency":"EUR"},"won":{"amount":1234.5,"currency":"KRW"},
         "due":"2026-03-05","at":"2026-03-05T23:30:00+00:00","done":false,"channel":"Phone","missing":null}
        """;

    private static readonly TimeZoneInfo PlusNine = TimeZoneInfo.CreateCustomTimeZone("Test/Plus9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");

    private static Dictionary<string, string> Shown(string culture, Dictionary<string, string>? labels = null)
    {
        var html = Render(Page(Values, Data, key: "1"), Context(culture, labels, PlusNine));
        return html.All("dd").Zip(html.All("dt"), (value, label) => (label.Value, Shown: value.Value.Replace('\u00A0', ' ').Replace('\u202F', ' ')))
            .ToDictionary(pair => pair.Value, pair => pair.Shown);
    }

    [TestMethod]
    public void Values_in_en_US()
    {
        var shown = Shown("en-US");

        Assert.AreEqual("12,345.5", shown["values.count"]);
        Assert.AreEqual("€1,234.50", shown["values.euro"]);
        Assert.AreEqual("₩1,235", shown["values.won"], "won have no minor unit");
        Assert.AreEqual("3/5/2026", shown["values.due"]);
        Assert.AreEqual("3/6/2026 8:30 AM", shown["values.at"], "the instant in the user's zone");
        Assert.AreEqual("No", shown["values.done"]);
        Assert.AreEqual("Phone", shown["values.channel"]);
        Assert.AreEqual("\u2014", shown["values.missing"]);
    }

    [TestMethod]
    public void Values_in_de_DE()
    {
        var shown = Shown("de-DE", new Dictionary<string, string> { ["values.channel.Phone"] = "Telefon" });

        Assert.AreEqual("12.345,5", shown["values.count"]);
        Assert.AreEqual("1.234,50 €", shown["values.euro"]);
        Assert.AreEqual("1.235 ₩", shown["values.won"]);
        Assert.AreEqual("05.03.2026", shown["values.due"]);
        Assert.AreEqual("06.03.2026 08:30", shown["values.at"]);
        Assert.AreEqual("Nein", shown["values.done"]);
        Assert.AreEqual("Telefon", shown["values.channel"]);
    }

    [TestMethod]
    public void Values_in_ko_KR()
    {
        var shown = Shown("ko-KR");

        Assert.AreEqual("12,345.5", shown["values.count"]);
        Assert.AreEqual("€1,234.50", shown["values.euro"]);
        Assert.AreEqual("₩1,235", shown["values.won"]);
        Assert.AreEqual("2026. 3. 5.", shown["values.due"]);
        StringAssert.StartsWith(shown["values.at"], "2026. 3. 6. ", StringComparison.Ordinal);
        StringAssert.Contains(shown["values.at"], "8:30", StringComparison.Ordinal);
        Assert.AreEqual("아니요", shown["values.done"]);
    }

    [TestMethod]
    public void Dates_and_instants_carry_machine_readable_times_and_empty_values_a_spoken_name()
    {
        var html = Render(Page(Values, Data, key: "1"), Context("de-DE", zone: PlusNine));

        var times = html.All("time").Select(time => time.Attr("datetime")).ToArray();
        CollectionAssert.AreEqual(new[] { "2026-03-05", "2026-03-05T23:30:00+00:00" }, times);
        Assert.AreEqual("leer", html.All("span").Single(span => span.Attr("class") == "empty").Attr("aria-label"));
    }
}
