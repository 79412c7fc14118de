using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>The screens as HTML pages of a running Host.Sample: sign-in, pages, actions, language.</summary>
[TestClass]
public sealed class ShellPagesTests
{
    private const string ImportAction = "/screens/crm.lead-list/actions/import";

    private static HostProcess? _host;

    private static HostProcess Host => _host!;

    [ClassInitialize]
    public static async Task StartHostAsync(TestContext context)
    {
        _host = HostProcess.Start();
        await _host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    [ClassCleanup]
    public static async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task An_anonymous_browser_is_sent_to_sign_in()
    {
        using var browser = ShellBrowser.Anonymous(Host);
        using var page = await browser.Client.GetAsync(new Uri("/screens/crm.inquiry-queue", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Redirect, page.StatusCode);
        StringAssert.StartsWith(page.Headers.Location?.AbsolutePath, "/signin");

        using var home = await browser.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, home.StatusCode, "the home page still greets anonymous visitors");
    }

    [TestMethod]
    public async Task A_signed_in_user_goes_from_home_to_the_first_screen_they_may_open()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        using var home = await browser.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.AreEqual("/screens", home.Headers.Location?.OriginalString);

        using var screens = await browser.Client.GetAsync(new Uri("/screens", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Redirect, screens.StatusCode);
        using var api = Host.ClientFor("clerk");
        var summaries = await api.GetFromJsonAsync<JsonElement>("/api/crm/screens");
        var ids = summaries.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var target = screens.Headers.Location!.OriginalString;
        StringAssert.StartsWith(target, "/screens/");
        CollectionAssert.Contains(ids, target["/screens/".Length..]);
    }

    [TestMethod]
    public async Task The_inquiry_queue_is_an_html_page_with_a_content_security_policy()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        using var page = await browser.Client.GetAsync(new Uri("/screens/crm.inquiry-queue", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode, await page.Content.ReadAsStringAsync());
        Assert.AreEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        StringAssert.Contains(page.Headers.GetValues("Content-Security-Policy").Single(), "script-src 'self'");
        Assert.AreEqual("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [TestMethod]
    public async Task Saving_the_quick_log_creates_an_inquiry_and_redirects_with_a_notice()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        var subject = "Shell test " + Guid.NewGuid().ToString("N");
        using var saved = await browser.PostFormAsync("/screens/crm.inquiry-quick-log/actions/save", new Dictionary<string, string>
        {
            ["accountKey"] = "C10001",
            ["subject"] = subject,
            ["channel"] = "Phone",
            ["_return"] = "/screens/crm.inquiry-queue",
        });

        Assert.AreEqual(HttpStatusCode.SeeOther, saved.StatusCode, await saved.Content.ReadAsStringAsync());
        Assert.AreEqual("/screens/crm.inquiry-queue", saved.Headers.Location?.OriginalString);
        var created = await InquiriesAsync("C10001", subject);
        Assert.AreEqual(1, created.Count);
        StringAssert.Contains(Uri.UnescapeDataString(browser.Cookie("/screens/", "crm.shell.notice")!), created[0]);
    }

    [TestMethod]
    public async Task A_quick_log_without_subject_creates_nothing()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        var before = await InquiriesAsync("C10002", null);
        using var saved = await browser.PostFormAsync("/screens/crm.inquiry-quick-log/actions/save", new Dictionary<string, string>
        {
            ["accountKey"] = "C10002",
            ["subject"] = string.Empty,
            ["channel"] = "Email",
            ["_return"] = "/screens/crm.inquiry-queue",
        });

        Assert.AreNotEqual(HttpStatusCode.SeeOther, saved.StatusCode);
        CollectionAssert.AreEquivalent(before, await InquiriesAsync("C10002", null));
        Assert.IsNull(browser.Cookie("/screens/", "crm.shell.notice"));
    }

    [TestMethod]
    public async Task A_quick_log_without_subject_shows_the_form_again_with_the_error()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        using var saved = await browser.PostFormAsync("/screens/crm.inquiry-quick-log/actions/save", new Dictionary<string, string>
        {
            ["accountKey"] = "C10002",
            ["subject"] = string.Empty,
            ["channel"] = "Email",
        });

        Assert.AreEqual(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.AreEqual("text/html", saved.Content.Headers.ContentType?.MediaType);
        StringAssert.Contains(await saved.Content.ReadAsStringAsync(), "C10002", "the user's input is shown again");
    }

    [TestMethod]
    public async Task An_action_posted_without_the_form_token_is_refused_and_creates_nothing()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        var subject = "Forged " + Guid.NewGuid().ToString("N");
        using var forged = await browser.PostFormAsync(
            "/screens/crm.inquiry-quick-log/actions/save",
            new Dictionary<string, string> { ["accountKey"] = "C10001", ["subject"] = subject, ["channel"] = "Phone" },
            withToken: false);

        Assert.AreEqual(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.AreEqual(0, (await InquiriesAsync("C10001", subject)).Count);
    }

    [TestMethod]
    public async Task An_action_the_screen_does_not_offer_is_refused()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        using var refused = await browser.PostFormAsync("/screens/crm.inquiry-queue/actions/drop-table", new Dictionary<string, string>());
        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [TestMethod]
    public async Task Picking_a_language_sets_the_culture_cookie_and_goes_back_to_a_local_page_only()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        using var picked = await browser.PostFormAsync("/screens/_language", new Dictionary<string, string>
        {
            ["culture"] = "de",
            ["_return"] = "/screens/crm.inquiry-queue",
        });
        Assert.AreEqual(HttpStatusCode.SeeOther, picked.StatusCode);
        Assert.AreEqual("/screens/crm.inquiry-queue", picked.Headers.Location?.OriginalString);
        Assert.AreEqual("c=de-DE|uic=de-DE", Uri.UnescapeDataString(browser.Cookie("/", ".AspNetCore.Culture")!));

        using var elsewhere = await browser.PostFormAsync("/screens/_language", new Dictionary<string, string>
        {
            ["culture"] = "ko",
            ["_return"] = "//evil.example/",
        });
        Assert.AreEqual("/screens", elsewhere.Headers.Location?.OriginalString);
        Assert.AreEqual("c=ko-KR|uic=ko-KR", Uri.UnescapeDataString(browser.Cookie("/", ".AspNetCore.Culture")!));

        using var forged = await browser.PostFormAsync("/screens/_language", new Dictionary<string, string> { ["culture"] = "en" }, withToken: false);
        Assert.AreEqual(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [TestMethod]
    public async Task The_shell_assets_are_cached_and_an_unknown_one_is_a_404()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "clerk");
        using var script = await browser.Client.GetAsync(new Uri("/screens/_assets/screens.js", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, script.StatusCode);
        Assert.AreEqual(TimeSpan.FromHours(1), script.Headers.CacheControl?.MaxAge);
        using var unknown = await browser.Client.GetAsync(new Uri("/screens/_assets/nothing.js", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [TestMethod]
    public async Task A_manager_uploads_a_csv_file_first_as_a_dry_run_then_for_real()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "manager");
        var company = "Upload " + Guid.NewGuid().ToString("N")[..8];
        var csv = Encoding.UTF8.GetBytes($"company;email\n{company} One;one@upload.example\n{company} Two;two@upload.example\n");

        using var dryRun = await browser.PostMultipartAsync(ImportAction, new Dictionary<string, string> { ["importDryRun"] = "true" }, ("importFile", "leads.csv", "text/csv", csv));

        var report = await dryRun.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, dryRun.StatusCode, report);
        StringAssert.Contains(report, "id=\"section-importReport\"", "the import's report is shown");
        Assert.AreEqual(0, await LeadCountAsync(company), "a dry run imports nothing");

        using var imported = await browser.PostMultipartAsync(ImportAction, new Dictionary<string, string>(), ("importFile", "leads.csv", "text/csv", csv));

        Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync());
        Assert.AreEqual(2, await LeadCountAsync(company));
    }

    [TestMethod]
    public async Task An_import_without_a_file_shows_the_error_at_the_file_input_and_imports_nothing()
    {
        using var browser = await ShellBrowser.SignedInAsync(Host, "manager");
        var before = await LeadCountAsync(null);

        using var posted = await browser.PostMultipartAsync(ImportAction, new Dictionary<string, string> { ["importSkipInvalid"] = "true" }, file: null);

        var page = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.AreEqual(HttpStatusCode.BadRequest, posted.StatusCode, page);
        StringAssert.Contains(page, "Wählen Sie eine Datei, die nicht leer ist.", "the error is in the manager's language (German)");
        StringAssert.Contains(page, "aria-invalid=\"true\"");
        Assert.AreEqual(before, await LeadCountAsync(null));
    }

    /// <summary>How many leads there are, with <paramref name="search"/> in them when given, read through the JSON API.</summary>
    private static async Task<int> LeadCountAsync(string? search)
    {
        using var api = Host.ClientFor("manager");
        var page = await api.GetFromJsonAsync<JsonElement>("/api/crm/leads" + (search is null ? string.Empty : "?search=" + Uri.EscapeDataString(search)));
        return page.GetProperty("totalCount").GetInt32();
    }

    /// <summary>The numbers of the account's inquiries (all views), with <paramref name="subject"/> when given, read through the JSON API.</summary>
    private static async Task<List<string>> InquiriesAsync(string account, string? subject)
    {
        using var api = Host.ClientFor("clerk");
        var page = await api.GetFromJsonAsync<JsonElement>($"/api/crm/inquiries?view=all&account={account}&pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()
            .Where(i => subject is null || i.GetProperty("subject").GetString() == subject)
            .Select(i => i.GetProperty("number").GetString()!)];
    }
}
