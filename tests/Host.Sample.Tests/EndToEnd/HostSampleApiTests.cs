using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>Host.Sample as a real process on a loopback port, called over HTTP like any client would.</summary>
[TestClass]
public sealed class HostSampleApiTests : HostSampleTest
{
    [TestMethod]
    public async Task The_host_loaded_the_add_on_through_the_plugin_loader_and_seeded_demo_data()
    {
        foreach (var line in new[] { "Loaded add-on Crm.Module", "Seeded the sample ERP", "CRM add-on ready" })
        {
            Assert.IsTrue(await Host.WaitForOutputAsync(line, TimeSpan.FromSeconds(30)), $"'{line}' missing:\n{Host.Output}");
        }
    }

    [TestMethod]
    public async Task Search_then_overview_returns_the_accounts_figures()
    {
        using var client = Host.ClientFor("finance");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/crm/accounts?search=GmbH&pageSize=5");
        Assert.IsGreaterThan(0, search.GetProperty("totalCount").GetInt64());
        var key = search.GetProperty("items")[0].GetProperty("key").GetString()!;

        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/crm/accounts/{Uri.EscapeDataString(key)}/overview");
        Assert.AreEqual(key, overview.GetProperty("account").GetProperty("key").GetString());
        Assert.IsTrue(overview.GetProperty("invoicesVisible").GetBoolean());
        Assert.IsGreaterThan(0, overview.GetProperty("orders").GetProperty("items").GetArrayLength());
        Assert.AreEqual(JsonValueKind.Array, overview.GetProperty("balances").ValueKind);
        Assert.AreEqual(JsonValueKind.Array, overview.GetProperty("revenueByMonth").ValueKind);
    }

    [TestMethod]
    public async Task A_sales_rep_sees_the_overview_without_the_invoice_part_and_cannot_list_invoices()
    {
        using var client = Host.ClientFor("rep");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/crm/accounts?pageSize=1");
        var key = search.GetProperty("items")[0].GetProperty("key").GetString()!;
        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/crm/accounts/{Uri.EscapeDataString(key)}/overview");
        Assert.IsFalse(overview.GetProperty("invoicesVisible").GetBoolean());

        using var invoices = await client.GetAsync(new Uri($"/api/crm/accounts/{Uri.EscapeDataString(key)}/invoices", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, invoices.StatusCode);
        Assert.AreEqual("application/problem+json", invoices.Content.Headers.ContentType?.MediaType);
    }

    [TestMethod]
    public async Task An_unknown_account_is_a_404_problem()
    {
        using var client = Host.ClientFor("finance");
        using var response = await client.GetAsync(new Uri("/api/crm/accounts/NO%2FSUCH%20KEY/overview", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual("NO/SUCH KEY", problem.GetProperty("key").GetString());
    }

    [TestMethod]
    [DataRow("/api/crm/accounts?page=0", "page")]
    [DataRow("/api/crm/accounts?pageSize=abc", "pageSize")]
    [DataRow("/api/crm/accounts?pageSize=100000", "pageSize")]
    [DataRow("/api/crm/accounts/C10001/orders?page=-3", "page")]
    public async Task Bad_paging_is_a_400_problem_naming_the_parameter(string url, string field)
    {
        using var client = Host.ClientFor("finance");
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsTrue(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [TestMethod]
    public async Task A_search_text_that_is_too_long_is_a_400_naming_search()
    {
        using var client = Host.ClientFor("clerk");
        using var response = await client.GetAsync(new Uri("/api/crm/accounts?search=" + new string('x', 101), UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsTrue(problem.GetProperty("errors").TryGetProperty("search", out _));
    }

    [TestMethod]
    public async Task Without_sign_in_or_with_a_wrong_password_the_api_answers_401()
    {
        using var anonymous = new HttpClient { BaseAddress = Host.BaseAddress };
        using var response = await anonymous.GetAsync(new Uri("/api/crm/accounts", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);

        using var wrong = Host.ClientFor("finance", "not-the-password");
        using var denied = await wrong.GetAsync(new Uri("/api/crm/accounts", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Unauthorized, denied.StatusCode);
    }

    [TestMethod]
    public async Task The_browser_sign_in_page_carries_an_antiforgery_token()
    {
        using var anonymous = new HttpClient { BaseAddress = Host.BaseAddress };
        var page = await anonymous.GetStringAsync(new Uri("/signin", UriKind.Relative));
        StringAssert.Contains(page, "__RequestVerificationToken");
        StringAssert.Contains(page, "<label for=\"userName\">");
    }

    [TestMethod]
    public async Task A_manager_assigns_an_owner_and_a_stale_version_gets_409()
    {
        using var client = Host.ClientFor("manager");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/crm/accounts?pageSize=3");
        var key = Uri.EscapeDataString(search.GetProperty("items")[2].GetProperty("key").GetString()!);

        using var assigned = await client.PutAsJsonAsync($"/api/crm/accounts/{key}/owner", new { owner = "rep", version = 0 });
        Assert.AreEqual(HttpStatusCode.OK, assigned.StatusCode, await assigned.Content.ReadAsStringAsync());
        var assignment = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(1, assignment.GetProperty("version").GetInt32());

        using var stale = await client.PutAsJsonAsync($"/api/crm/accounts/{key}/owner", new { owner = "manager", version = 0 });
        Assert.AreEqual(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.AreEqual("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/crm/accounts/{key}/overview");
        Assert.AreEqual("rep", overview.GetProperty("assignment").GetProperty("ownerUserName").GetString());
    }

    [TestMethod]
    [DataRow("{\"owner\": \"rep\", \"version\": \"one\"}", "version")]
    [DataRow("{\"owner\": 42, \"version\": 0}", "owner")]
    [DataRow("{\"owner\": \"rep\"}", "version")]
    [DataRow("{\"owner\": \"rep\", \"version\": 1e40}", "version")]
    [DataRow("{\"owner\": \"rep\", ", "body")]
    [DataRow("[1, 2]", "body")]
    public async Task A_malformed_owner_body_is_a_400_naming_the_field(string json, string field)
    {
        using var client = Host.ClientFor("admin");
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PutAsync(new Uri("/api/crm/accounts/C10001/owner", UriKind.Relative), content);
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsTrue(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [TestMethod]
    public async Task A_sales_rep_may_not_assign_owners()
    {
        using var client = Host.ClientFor("rep");
        using var response = await client.PutAsJsonAsync("/api/crm/accounts/C10001/owner", new { owner = "rep", version = 0 });
        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TestMethod]
    public async Task The_account_timeline_pages_orders_and_invoices_and_names_a_bad_kind()
    {
        using var client = Host.ClientFor("finance");
        var timeline = await client.GetFromJsonAsync<JsonElement>("/api/crm/accounts/C10001/timeline?kinds=Order,Invoice&pageSize=10");
        Assert.IsGreaterThan(0, timeline.GetProperty("totalCount").GetInt64());
        Assert.AreEqual(10, timeline.GetProperty("items").GetArrayLength());

        using var bad = await client.GetAsync(new Uri("/api/crm/accounts/C10001/timeline?kinds=Order,Fax", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.IsTrue((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kinds", out _));
    }

    [TestMethod]
    public async Task A_rep_plans_and_completes_an_activity_and_finds_it_in_my_work()
    {
        using var client = Host.ClientFor("rep");
        using var planned = await client.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "Ask about reorder", accountKey = "C10004", dueAt = "2030-01-07T09:00:00+01:00", durationMinutes = 15 });
        Assert.AreEqual(HttpStatusCode.Created, planned.StatusCode, await planned.Content.ReadAsStringAsync());
        var activity = await planned.Content.ReadFromJsonAsync<JsonElement>();
        var id = activity.GetProperty("id").GetInt64();

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/crm/activities/mine");
        Assert.IsTrue(mine.GetProperty("items").EnumerateArray().Any(a => a.GetProperty("id").GetInt64() == id));

        using var completed = await client.PostAsJsonAsync($"/api/crm/activities/{id}/complete", new { outcome = "Reorder next week.", version = activity.GetProperty("version").GetInt32() });
        Assert.AreEqual(HttpStatusCode.OK, completed.StatusCode, await completed.Content.ReadAsStringAsync());

        using var noOffset = await client.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "x", accountKey = "C10004", dueAt = "2030-01-07T09:00:00" });
        Assert.AreEqual(HttpStatusCode.BadRequest, noOffset.StatusCode);
        Assert.IsTrue((await noOffset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dueAt", out _));
    }

    [TestMethod]
    public async Task An_activity_planned_for_someone_else_reaches_their_inbox_after_commit()
    {
        using var manager = Host.ClientFor("manager");
        using var planned = await manager.PostAsJsonAsync("/api/crm/activities", new { type = "task", subject = "Prepare the offer for Hanbit", accountKey = "C10005", assignee = "rep" });
        Assert.AreEqual(HttpStatusCode.Created, planned.StatusCode, await planned.Content.ReadAsStringAsync());
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var rep = Host.ClientFor("rep");
        JsonElement inbox = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            inbox = await rep.GetFromJsonAsync<JsonElement>("/inbox");
            if (inbox.EnumerateArray().Any(n => n.GetProperty("regarding").GetString() == $"activity:{id}"))
            {
                break;
            }

            await Task.Delay(100);
        }

        var notification = inbox.EnumerateArray().Single(n => n.GetProperty("regarding").GetString() == $"activity:{id}");
        StringAssert.Contains(notification.GetProperty("subject").GetString(), "Prepare the offer for Hanbit");
        var managersInbox = await manager.GetFromJsonAsync<JsonElement>("/inbox");
        Assert.IsFalse(managersInbox.EnumerateArray().Any(n => n.GetProperty("regarding").GetString() == $"activity:{id}"));

        // Given on to the clerk: the clerk is told too.
        var version = (await rep.GetFromJsonAsync<JsonElement>($"/api/crm/activities/{id}")).GetProperty("version").GetInt32();
        using var reassigned = await manager.PostAsJsonAsync($"/api/crm/activities/{id}/assignment", new { assignee = "clerk", version });
        Assert.AreEqual(HttpStatusCode.OK, reassigned.StatusCode, await reassigned.Content.ReadAsStringAsync());
        using var clerk = Host.ClientFor("clerk");
        var told = false;
        for (var attempt = 0; attempt < 100 && !told; attempt++)
        {
            await Task.Delay(100);
            told = (await clerk.GetFromJsonAsync<JsonElement>("/inbox")).EnumerateArray().Any(n => n.GetProperty("regarding").GetString() == $"activity:{id}");
        }

        Assert.IsTrue(told, "the new assignee was notified");
    }

    [TestMethod]
    public async Task A_reminder_fires_once_at_its_time_into_the_assignees_inbox()
    {
        using var rep = Host.ClientFor("rep");
        var reminderAt = DateTimeOffset.UtcNow.AddSeconds(2).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        using var planned = await rep.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "Call Schäfer about the pallets", accountKey = "C10006", reminderAt });
        Assert.AreEqual(HttpStatusCode.Created, planned.StatusCode, await planned.Content.ReadAsStringAsync());
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        JsonElement[] reminders = [];
        for (var attempt = 0; attempt < 300 && reminders.Length == 0; attempt++)
        {
            await Task.Delay(100);
            var inbox = await rep.GetFromJsonAsync<JsonElement>("/inbox");
            reminders = [.. inbox.EnumerateArray().Where(n => n.GetProperty("regarding").GetString() == $"activity:{id}")];
        }

        Assert.HasCount(1, reminders, Host.Output);
        StringAssert.StartsWith(reminders[0].GetProperty("subject").GetString(), "Reminder: Call Schäfer");
    }

    [TestMethod]
    public async Task A_patch_changes_only_the_named_fields_and_a_moved_reminder_fires_at_its_new_time()
    {
        using var rep = Host.ClientFor("rep");
        var inAnHour = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        using var planned = await rep.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "Call Park about the invoice", accountKey = "C10007", notes = "Keep it short.", reminderAt = inAnHour });
        var activity = await planned.Content.ReadFromJsonAsync<JsonElement>();
        var id = activity.GetProperty("id").GetInt64();

        var soon = DateTimeOffset.UtcNow.AddSeconds(2).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        using var patched = await rep.PatchAsJsonAsync($"/api/crm/activities/{id}", new { reminderAt = soon, version = activity.GetProperty("version").GetInt32() });
        Assert.AreEqual(HttpStatusCode.OK, patched.StatusCode, await patched.Content.ReadAsStringAsync());
        var edited = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(("Call Park about the invoice", "Keep it short."), (edited.GetProperty("subject").GetString(), edited.GetProperty("notes").GetString()), "fields not named keep their values");

        using var stale = await rep.PatchAsJsonAsync($"/api/crm/activities/{id}", new { subject = "Stale", version = activity.GetProperty("version").GetInt32() });
        Assert.AreEqual(HttpStatusCode.Conflict, stale.StatusCode);

        JsonElement[] reminders = [];
        for (var attempt = 0; attempt < 300 && reminders.Length == 0; attempt++)
        {
            await Task.Delay(100);
            var inbox = await rep.GetFromJsonAsync<JsonElement>("/inbox");
            reminders = [.. inbox.EnumerateArray().Where(n => n.GetProperty("regarding").GetString() == $"activity:{id}")];
        }

        Assert.HasCount(1, reminders, Host.Output);
    }

    [TestMethod]
    public async Task An_admin_runs_the_overdue_invoice_rule_and_a_second_run_creates_nothing()
    {
        using var admin = Host.ClientFor("admin");
        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/crm/follow-ups/rules");
        Assert.IsTrue(rules.EnumerateArray().Any(r => r.GetProperty("code").GetString() == "overdue-invoice" && r.GetProperty("enabled").GetBoolean()));

        using var first = await admin.PostAsync(new Uri("/api/crm/follow-ups/rules/overdue-invoice/run", UriKind.Relative), null);
        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode, await first.Content.ReadAsStringAsync());
        var created = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32();
        Assert.IsGreaterThan(0, created, "the demo data has overdue invoices");

        using var second = await admin.PostAsync(new Uri("/api/crm/follow-ups/rules/overdue-invoice/run", UriKind.Relative), null);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual((0, created), (again.GetProperty("created").GetInt32(), again.GetProperty("skipped").GetInt32()));

        using var rep = Host.ClientFor("rep");
        using var forbidden = await rep.PostAsync(new Uri("/api/crm/follow-ups/rules/overdue-invoice/run", UriKind.Relative), null);
        Assert.AreEqual(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
