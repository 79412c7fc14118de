using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>Leads through the HTTP API of a running Host.Sample: capture, duplicates, update, status, import, and the public web form.</summary>
[TestClass]
public sealed class LeadApiTests
{
    private const string FormKey = "e2e-form-key-9f3c1a7d5b";

    private static HostProcess? _host;

    private static HostProcess Host => _host!;

    [ClassInitialize]
    public static async Task StartHostAsync(TestContext context)
    {
        _host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Crm__Sales__WebForm__FormKey"] = FormKey,
            ["Crm__Sales__Assignment__Territories__0__Countries__0"] = "KR",
            ["Crm__Sales__Assignment__Territories__0__Owner"] = "rep2",
            ["Crm__Sales__Assignment__RoundRobin__0"] = "rep",
        });
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
    public async Task A_rep_captures_checks_updates_and_qualifies_a_lead()
    {
        using var rep = Host.ClientFor("rep");
        using var created = await rep.PostAsJsonAsync("/api/crm/leads", new { company = "Hanbit Trading Ltd.", contactName = "Min-jun Kim", email = "minjun@hanbit-trading.example", phone = "+82 2-555-0101", country = "KR" });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        var lead = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lead");
        var id = lead.GetProperty("id").GetInt64();
        Assert.AreEqual($"/api/crm/leads/{id}", created.Headers.Location?.OriginalString);
        Assert.AreEqual(("rep", "New"), (lead.GetProperty("owner").GetString(), lead.GetProperty("status").GetString()));

        using var check = await rep.PostAsJsonAsync("/api/crm/leads/duplicates", new { company = "HANBIT TRADING LIMITED", phone = "02 555 0101", country = "KR" });
        var candidates = await check.Content.ReadFromJsonAsync<JsonElement>();
        var match = candidates.EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Lead" && c.GetProperty("key").GetString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        CollectionAssert.AreEqual(new[] { "Phone", "Company" }, match.GetProperty("matchedOn").EnumerateArray().Select(m => m.GetString()).ToList());

        using var patched = await rep.PatchAsJsonAsync($"/api/crm/leads/{id}", new { city = "서울", version = 1 });
        Assert.AreEqual(HttpStatusCode.OK, patched.StatusCode, await patched.Content.ReadAsStringAsync());
        var after = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(("서울", "Hanbit Trading Ltd.", 2), (after.GetProperty("city").GetString(), after.GetProperty("company").GetString(), after.GetProperty("version").GetInt32()));

        using var noReason = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/status", new { status = "Disqualified", version = 2 });
        Assert.AreEqual(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.IsTrue((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        using var qualified = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/status", new { status = "Qualified", version = 2 });
        Assert.AreEqual(HttpStatusCode.OK, qualified.StatusCode, await qualified.Content.ReadAsStringAsync());
        using var stale = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/status", new { status = "Disqualified", reason = "x", version = 2 });
        Assert.AreEqual(HttpStatusCode.Conflict, stale.StatusCode);

        var history = await rep.GetFromJsonAsync<JsonElement>($"/api/crm/leads/{id}/history");
        Assert.AreEqual(3, history.GetArrayLength());
        using var other = Host.ClientFor("rep2");
        using var refused = await other.GetAsync(new Uri($"/api/crm/leads/{id}", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [TestMethod]
    [DataRow("{\"company\": \"X\"}", "email")]
    [DataRow("{\"company\": \"X\", \"email\": \"x@example.com\", \"country\": \"Germany\"}", "country")]
    [DataRow("{\"company\": 7, \"email\": \"x@example.com\"}", "company")]
    public async Task Bad_lead_input_is_a_400_naming_the_field(string json, string field)
    {
        using var rep = Host.ClientFor("rep");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await rep.PostAsync(new Uri("/api/crm/leads", UriKind.Relative), content);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.IsTrue((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [TestMethod]
    public async Task A_csv_dry_run_reports_rows_and_imports_nothing()
    {
        using var manager = Host.ClientFor("manager");
        using var csv = new StringContent("company;email\nDry Run GmbH;dry@run.example\nBad;not-an-email\n", Encoding.UTF8, "text/csv");
        using var response = await manager.PostAsync(new Uri("/api/crm/leads/import?dryRun=true", UriKind.Relative), csv);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual((2, 1, 0), (result.GetProperty("rows").GetInt32(), result.GetProperty("valid").GetInt32(), result.GetProperty("imported").GetInt32()));
        var error = result.GetProperty("errors")[0];
        Assert.AreEqual((3, "email"), (error.GetProperty("row").GetInt32(), error.GetProperty("field").GetString()));
        var listed = await manager.GetFromJsonAsync<JsonElement>("/api/crm/leads?search=Dry%20Run");
        Assert.AreEqual(0, listed.GetProperty("totalCount").GetInt32());

        using var json = JsonContent.Create(new { company = "x" });
        using var wrongType = await manager.PostAsync(new Uri("/api/crm/leads/import", UriKind.Relative), json);
        Assert.AreEqual(HttpStatusCode.BadRequest, wrongType.StatusCode);
    }

    [TestMethod]
    public async Task The_web_form_is_open_to_the_website_with_its_key_and_nothing_else_is()
    {
        using var website = new HttpClient { BaseAddress = Host.BaseAddress };
        var form = new { company = "웹폼 주식회사", contactName = "Ji-a Lee", email = "jia@webform.example", country = "KR", notes = "Please call me." };

        using var noKey = await website.PostAsJsonAsync("/api/crm/leads/web-form", form);
        Assert.AreEqual(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var wrongKey = await PostFormAsync(website, form, FormKey + "x");
        Assert.AreEqual(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        using var robot = await PostFormAsync(website, new { company = "Spam Inc.", email = "spam@robot.example", website = "http://spam.example" }, FormKey);
        Assert.AreEqual(HttpStatusCode.Accepted, robot.StatusCode);
        using var accepted = await PostFormAsync(website, form, FormKey);
        Assert.AreEqual(HttpStatusCode.Accepted, accepted.StatusCode, await accepted.Content.ReadAsStringAsync());
        using var listAnonymously = await website.GetAsync(new Uri("/api/crm/leads", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Unauthorized, listAnonymously.StatusCode);

        using var admin = Host.ClientFor("admin");
        var captured = await admin.GetFromJsonAsync<JsonElement>("/api/crm/leads?search=webform.example");
        var lead = captured.GetProperty("items").EnumerateArray().Single();
        Assert.AreEqual(("web-form", "web-form", "rep2"), (lead.GetProperty("source").GetString(), lead.GetProperty("createdBy").GetString(), lead.GetProperty("owner").GetString()));
        var spam = await admin.GetFromJsonAsync<JsonElement>("/api/crm/leads?search=robot.example");
        Assert.AreEqual(0, spam.GetProperty("totalCount").GetInt32(), "the honeypot keeps robots out");
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/crm/leads/web-form", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Crm-Form-Key", key);
        return client.SendAsync(request);
    }

    [TestMethod]
    public async Task A_rep_plans_a_call_about_a_lead_through_the_api()
    {
        using var rep = Host.ClientFor("rep");
        using var created = await rep.PostAsJsonAsync("/api/crm/leads", new { company = "Kieler Kaffeerösterei GmbH", contactName = "Jonas Wulf", email = "jonas@kieler-kaffee.example", country = "DE" });
        var lead = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lead").GetProperty("id").GetInt64();

        using var planned = await rep.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "First call", leadId = lead });

        Assert.AreEqual(HttpStatusCode.Created, planned.StatusCode, await planned.Content.ReadAsStringAsync());
        var activity = await planned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(lead, activity.GetProperty("leadId").GetInt64(), activity.ToString());
        using var nothing = await rep.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "About nothing" });
        Assert.AreEqual(HttpStatusCode.BadRequest, nothing.StatusCode, "an account, a lead or an opportunity is required");
    }
}
