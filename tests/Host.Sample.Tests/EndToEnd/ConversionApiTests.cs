using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>From a web lead to an ERP customer and a won opportunity, through the HTTP API of a running Host.Sample.</summary>
[TestClass]
public sealed class ConversionApiTests : HostSampleTest
{
    [TestMethod]
    public async Task A_rep_converts_a_qualified_lead_and_the_host_creates_the_erp_customer_the_crm_then_reads()
    {
        using var rep = Host.ClientFor("rep");
        using var created = await rep.PostAsJsonAsync("/api/crm/leads", new { company = "Fjord Seafood AS", contactName = "Ingrid Berg", email = "ingrid@fjord-seafood.example", country = "DE", city = "Kiel" });
        var lead = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lead");
        var id = lead.GetProperty("id").GetInt64();

        using var early = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { version = 1, opportunityName = "Cold storage", amount = 25_000, expectedCloseDate = "2027-01-31" });
        Assert.AreEqual(HttpStatusCode.BadRequest, early.StatusCode, "a new lead is not qualified yet");
        using var missing = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { version = 1, amount = "lots" });
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        CollectionAssert.IsSubsetOf(new[] { "opportunityName", "amount", "expectedCloseDate" }, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList());

        using var qualified = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/status", new { status = "Qualified", version = 1 });
        qualified.EnsureSuccessStatusCode();
        using var converted = await rep.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { version = 2, opportunityName = "Cold storage", amount = 25_000.50, expectedCloseDate = "2027-01-31", createErpCustomer = true });
        Assert.AreEqual(HttpStatusCode.Created, converted.StatusCode, await converted.Content.ReadAsStringAsync());
        var result = await converted.Content.ReadFromJsonAsync<JsonElement>();
        var accountKey = result.GetProperty("prospect").GetProperty("accountKey").GetString();
        Assert.IsNotNull(accountKey, result.ToString());
        Assert.AreEqual(JsonValueKind.Null, result.GetProperty("erpCustomerProblem").ValueKind);
        Assert.AreEqual(("Converted", accountKey), (result.GetProperty("lead").GetProperty("status").GetString(), result.GetProperty("opportunity").GetProperty("accountKey").GetString()));

        var account = await rep.GetFromJsonAsync<JsonElement>($"/api/crm/accounts/{Uri.EscapeDataString(accountKey!)}");
        Assert.AreEqual("Fjord Seafood AS", account.GetProperty("name").GetString(), "the add-on reads the customer the host created");

        var prospectId = result.GetProperty("prospect").GetProperty("id").GetInt64();
        using var relink = await rep.PostAsJsonAsync($"/api/crm/prospects/{prospectId}/link", new { accountKey = "C10001", version = result.GetProperty("prospect").GetProperty("version").GetInt32() });
        Assert.AreEqual(HttpStatusCode.BadRequest, relink.StatusCode, "a linked prospect stays linked");

        using var rep2 = Host.ClientFor("rep2");
        using var foreign = await rep2.GetAsync(new Uri($"/api/crm/prospects/{prospectId}", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, foreign.StatusCode);
    }
}
