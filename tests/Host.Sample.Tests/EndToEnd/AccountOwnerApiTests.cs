using System.Net;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Assigning unowned accounts by rule through the HTTP API of a running Host.Sample with its own
/// settings (territories DE/AT/CH → rep and KR → rep2, the pool rep and rep2, the manager's team
/// rep and rep2), over its seeded demo customers.
/// </summary>
[TestClass]
public sealed class AccountOwnerApiTests : HostSampleTest
{
    private const string Route = "/api/crm/accounts/owners/assign-by-rules";

    [TestMethod]
    public async Task A_manager_previews_then_assigns_and_a_second_run_finds_nothing()
    {
        using var manager = Host.ClientFor("manager");

        var dry = await PostAsync(manager, Route + "?dryRun=true", HttpStatusCode.OK);
        Assert.IsTrue(dry.GetProperty("dryRun").GetBoolean());
        var unowned = dry.GetProperty("unowned").GetInt32();
        Assert.IsGreaterThan(0, unowned);
        Assert.AreEqual(unowned, dry.GetProperty("assigned").GetInt32(), "every rule owner is in the manager's team");
        var first = dry.GetProperty("firstAccounts")[0];
        var key = first.GetProperty("accountKey").GetString()!;
        var untouched = await GetOwnerAsync(manager, key);
        Assert.AreEqual(0, untouched.GetProperty("version").GetInt32(), "the dry run wrote nothing");

        var run = await PostAsync(manager, Route, HttpStatusCode.OK);
        Assert.AreEqual((false, unowned), (run.GetProperty("dryRun").GetBoolean(), run.GetProperty("assigned").GetInt32()));
        var owner = await GetOwnerAsync(manager, key);
        Assert.AreEqual((first.GetProperty("owner").GetString(), 1, "manager"),
            (owner.GetProperty("ownerUserName").GetString(), owner.GetProperty("version").GetInt32(), owner.GetProperty("updatedBy").GetString()));

        var again = await PostAsync(manager, Route, HttpStatusCode.OK);
        Assert.AreEqual((0, 0), (again.GetProperty("unowned").GetInt32(), again.GetProperty("assigned").GetInt32()));
    }

    [TestMethod]
    public async Task A_rep_is_refused_and_a_bad_flag_is_named()
    {
        using var rep = Host.ClientFor("rep");
        await PostAsync(rep, Route + "?dryRun=true", HttpStatusCode.Forbidden);

        using var manager = Host.ClientFor("manager");
        var bad = await PostAsync(manager, Route + "?dryRun=maybe", HttpStatusCode.BadRequest);
        Assert.IsTrue(bad.GetProperty("errors").TryGetProperty("dryRun", out _));
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(expected, response.StatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> GetOwnerAsync(HttpClient client, string key)
    {
        using var response = await client.GetAsync(new Uri($"/api/crm/accounts/{Uri.EscapeDataString(key)}/owner", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
