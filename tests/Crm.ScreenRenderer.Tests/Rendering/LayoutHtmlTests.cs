using System.Globalization;
using System.Xml.Linq;
using Crm.ScreenRenderer.Rendering;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class LayoutHtmlTests
{
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("de"), CultureInfo.GetCultureInfo("ko")];

    private static LayoutModel Layout(string? signOut = "/account/sign-out") => new(
        "Inquiry queue",
        [
            new("crm.inquiry-queue", "Inquiry queue", "crm", Current: true),
            new("acme.recalls", "Recalls", "acme", Current: false),
            new("erp.customers", "Customers", "erp", Current: false),
            new("crm.lead-list", "Leads", "crm", Current: false),
        ],
        "Mina <Kim>",
        Languages,
        "<div class=\"screen\">content</div>",
        "Saved.",
        signOut,
        "/screens/crm.inquiry-queue?page=2");

    private static (string Raw, XElement Html) Page(string culture = "en-US", string? signOut = "/account/sign-out")
    {
        var raw = LayoutHtml.Render(Layout(signOut), Context(culture));
        Assert.StartsWith("<!DOCTYPE html>", raw, StringComparison.Ordinal);
        return (raw, XElement.Parse(raw["<!DOCTYPE html>".Length..]));
    }

    [TestMethod]
    public void The_page_names_its_language_loads_the_shell_assets_and_has_no_inline_script_or_style()
    {
        var (raw, html) = Page("de-DE");

        Assert.AreEqual("de", html.Attr("lang"));
        Assert.AreEqual("ltr", html.Attr("dir"));
        Assert.AreEqual("/screens/_assets/screens.css", html.All("link").Single().Attr("href"));
        var script = html.All("script").Single();
        Assert.AreEqual("/screens/_assets/screens.js", script.Attr("src"));
        Assert.AreEqual(string.Empty, script.Value);
        Assert.IsFalse(html.All("style").Any());
        Assert.IsFalse(html.Descendants().Any(element => element.Attribute("style") is not null || element.Attributes().Any(attribute => attribute.Name.LocalName.StartsWith("on", StringComparison.Ordinal))));
        Assert.Contains("width=device-width", html.All("meta").Single(meta => meta.Attr("name") == "viewport").Attr("content")!, StringComparison.Ordinal);
        Assert.DoesNotContain("<Kim>", raw, StringComparison.Ordinal);
    }

    [TestMethod]
    public void A_skip_link_leads_to_main_with_the_title_and_the_notice()
    {
        var (_, html) = Page();

        var skip = html.All("a").First();
        Assert.AreEqual("#main", skip.Attr("href"));
        Assert.AreEqual("Skip to content", skip.Value);
        var main = html.ById("main");
        Assert.AreEqual("main", main.Name.LocalName);
        Assert.AreEqual("Inquiry queue", main.Element("h1")!.Value);
        Assert.AreEqual("Saved.", main.Elements("p").Single(p => p.Attr("role") == "status").Value);
        Assert.AreEqual("content", main.Element("div")!.Value);
    }

    [TestMethod]
    public void Navigation_groups_erp_then_crm_then_plugins_and_marks_the_current_screen()
    {
        var (_, html) = Page();

        var nav = html.All("nav").Single();
        Assert.AreEqual("Main navigation", nav.Attr("aria-label"));
        CollectionAssert.AreEqual(new[] { "ERP", "CRM", "acme" }, nav.All("h2").Select(h2 => h2.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "Customers", "Inquiry queue", "Leads", "Recalls" }, nav.All("a").Select(a => a.Value).ToArray());
        var current = nav.All("a").Single(a => a.Attr("aria-current") == "page");
        Assert.AreEqual("/screens/crm.inquiry-queue", current.Attr("href"));
    }

    [TestMethod]
    public void The_language_picker_posts_the_culture_with_the_token_and_the_way_back()
    {
        var (_, html) = Page("ko-KR");

        var form = html.All("form").Single(form => form.Attr("action") == "/screens/_language");
        Assert.AreEqual("post", form.Attr("method"));
        Assert.AreEqual(Token, form.Named(TokenField).Attr("value"));
        Assert.AreEqual("/screens/crm.inquiry-queue?page=2", form.Named("_return").Attr("value"));
        var select = form.Named("culture");
        Assert.AreEqual(select.Attr("id"), form.All("label").Single().Attr("for"));
        CollectionAssert.AreEqual(new[] { "en", "de", "ko" }, select.Elements("option").Select(option => option.Attr("value")).ToArray());
        CollectionAssert.AreEqual(Languages.Select(language => language.NativeName).ToArray(), select.Elements("option").Select(option => option.Value).ToArray());
        Assert.AreEqual("ko", select.Elements("option").Single(option => option.Attr("selected") == "selected").Attr("value"));
        Assert.AreEqual("언어 변경", form.All("button").Single().Value);
    }

    [TestMethod]
    public void The_user_signs_out_by_a_protected_post_only_where_the_host_offers_it()
    {
        var (_, html) = Page();
        var signOut = html.All("form").Single(form => form.Attr("action") == "/account/sign-out");
        Assert.AreEqual("post", signOut.Attr("method"));
        Assert.AreEqual(Token, signOut.Named(TokenField).Attr("value"));
        Assert.AreEqual("Mina <Kim>", html.All("span").Single(span => span.Attr("class") == "user-name").Value);

        var (_, without) = Page(signOut: null);
        Assert.IsFalse(without.All("form").Any(form => form.Attr("action") == "/account/sign-out"));
    }
}
