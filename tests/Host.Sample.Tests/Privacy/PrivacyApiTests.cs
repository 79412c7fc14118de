using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Host.Sample.Tests.EndToEnd;
using Host.Sample.Tests.Hostile;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Privacy;

/// <summary>
/// The data protection officer's routes through the HTTP API of a running Host.Sample: the export as
/// a JSON download, erasure of a lead and of a contact named in an inquiry, refusals as problem+json
/// naming the field, the retention jobs among the scheduled jobs; the ERP's tables never change.
/// </summary>
[TestClass]
public sealed class PrivacyApiTests : HostSampleTest
{
    [TestMethod]
    public async Task The_admin_exports_a_leads_data_as_a_download_and_erases_it_without_touching_the_erp()
    {
        using var admin = Host.ClientFor("admin");
        var id = await CreateLeadAsync(admin, "Erika Export", "erika.export@example.com");
        using (var logged = await admin.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10001", subject = "Erika Export calls", channel = "Phone", contactName = "Erika Export", text = "Erika asks for a call back", allowDuplicate = true }))
        {
            Assert.AreEqual(HttpStatusCode.Created, logged.StatusCode, await logged.Content.ReadAsStringAsync());
        }

        var erpBefore = await ErpTablesAsync();

        using var export = await admin.GetAsync(new Uri($"/api/crm/privacy/leads/{id}/export", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, export.StatusCode, await export.Content.ReadAsStringAsync());
        Assert.AreEqual("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual($"personal-data-lead-{id}.json", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName);
        var document = await export.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual("erika.export@example.com", document.GetProperty("leads")[0].GetProperty("email").GetString());
        Assert.AreEqual("admin", document.GetProperty("exportedBy").GetString());

        using var erased = await admin.PostAsJsonAsync($"/api/crm/privacy/leads/{id}/erase", new { confirm = true });
        Assert.AreEqual(HttpStatusCode.OK, erased.StatusCode, await erased.Content.ReadAsStringAsync());
        var lead = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/leads/{id}");
        Assert.AreEqual($"Erased lead {id}", lead.GetProperty("contactName").GetString());
        Assert.AreEqual(JsonValueKind.Null, lead.GetProperty("email").ValueKind);

        using var byName = await admin.PostAsJsonAsync("/api/crm/privacy/contacts/erase", new { name = "Erika Export", confirm = true });
        Assert.AreEqual(HttpStatusCode.OK, byName.StatusCode, await byName.Content.ReadAsStringAsync());
        var number = (await byName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inquiryNumbers")[0].GetString();
        var inquiry = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/inquiries/{number}");
        Assert.AreEqual(($"Erased inquiry {number}", JsonValueKind.Null), (inquiry.GetProperty("subject").GetString(), inquiry.GetProperty("contactName").ValueKind));

        var erpAfter = await ErpTablesAsync();
        CollectionAssert.AreEqual(Array.Empty<string>(), erpBefore.ChangedIn(erpAfter).ToList(), "the ERP's tables never change");
    }

    [TestMethod]
    public async Task Refusals_are_problems_naming_the_field_and_other_roles_are_forbidden()
    {
        using var admin = Host.ClientFor("admin");
        var id = await CreateLeadAsync(admin, "Rita Refused", "rita.refused@example.com");

        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/crm/privacy/leads/{id}/erase", new { }), HttpStatusCode.BadRequest, "confirm");
        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/crm/privacy/leads/{id}/erase", new { confirm = "yes" }), HttpStatusCode.BadRequest, "confirm");
        await AssertProblemAsync(await admin.PostAsJsonAsync("/api/crm/privacy/contacts/erase", new { confirm = true }), HttpStatusCode.BadRequest, "email");
        await AssertProblemAsync(await admin.GetAsync(new Uri("/api/crm/privacy/contacts/export?email=not-an-address", UriKind.Relative)), HttpStatusCode.BadRequest, "email");
        await AssertProblemAsync(await admin.PostAsJsonAsync("/api/crm/privacy/leads/987654321/erase", new { confirm = true }), HttpStatusCode.NotFound, null);

        using var rep = Host.ClientFor("rep");
        await AssertProblemAsync(await rep.GetAsync(new Uri($"/api/crm/privacy/leads/{id}/export", UriKind.Relative)), HttpStatusCode.Forbidden, null);
        await AssertProblemAsync(await rep.PostAsJsonAsync($"/api/crm/privacy/leads/{id}/erase", new { confirm = true }), HttpStatusCode.Forbidden, null);

        var lead = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/leads/{id}");
        Assert.AreEqual("Rita Refused", lead.GetProperty("contactName").GetString());
    }

    [TestMethod]
    public async Task The_retention_rules_are_listed_with_the_scheduled_jobs()
    {
        using var admin = Host.ClientFor("admin");
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/crm/jobs");

        foreach (var code in new[] { "crm.retention-closed-inquiries", "crm.retention-disqualified-leads" })
        {
            var job = jobs.EnumerateArray().Single(j => j.GetProperty("code").GetString() == code);
            Assert.AreEqual((true, JsonValueKind.Null), (job.GetProperty("enabled").GetBoolean(), job.GetProperty("problem").ValueKind), code);
        }
    }

    private static async Task<long> CreateLeadAsync(HttpClient admin, string name, string email)
    {
        using var created = await admin.PostAsJsonAsync("/api/crm/leads", new { company = name + " Ltd", contactName = name, email, country = "DE", notes = "Personal note about " + name });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lead").GetProperty("id").GetInt64();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.AreEqual(status, response.StatusCode, text);
            Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, text);
            if (field is not null)
            {
                Assert.IsTrue(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
            }
        }
    }

    private Task<TableSnapshot> ErpTablesAsync() =>
        TableSnapshot.TakeAsync(
            () => new SqliteConnection($"Data Source={Path.Combine(Host.DataFolder, "erp.db")}"),
            DatabaseEngine.Sqlite,
            table => table.StartsWith("erp_", StringComparison.Ordinal));
}
