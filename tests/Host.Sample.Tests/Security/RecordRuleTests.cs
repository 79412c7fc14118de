using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;

namespace Host.Sample.Tests.Security;

/// <summary>
/// The record rules behind the permission table, with versions that are current (so a 403 is not a
/// stale 409 in disguise): a rep neither reads nor edits the other rep's lead or opportunity, nor
/// sees them in lists, and a manager of both reads both.
/// </summary>
[TestClass]
public sealed class RecordRuleTests
{
    private static WalkedHost? _walked;

    private static InProcessHostSample Host => _walked!.Host;

    private static SeededRecords Records => _walked!.Records;

    [ClassInitialize]
    public static async Task StartHostAsync(TestContext context) => _walked = await WalkedHost.StartAsync(DatabaseEngine.Sqlite);

    [ClassCleanup]
    public static async Task StopHostAsync()
    {
        if (_walked is not null)
        {
            await _walked.DisposeAsync();
        }
    }

    [TestMethod]
    [DataRow("leads", "city", "Wien")]
    [DataRow("opportunities", "name", "Taken over")]
    public async Task A_rep_can_neither_read_nor_edit_the_other_reps_record(string kind, string field, string value)
    {
        using var manager = Host.ClientFor("manager");
        using var rep = Host.ClientFor("rep");
        var id = kind == "leads" ? Records.Rep2Lead : Records.Rep2Opportunity;
        var path = new Uri($"/api/crm/{kind}/{id.ToString(CultureInfo.InvariantCulture)}", UriKind.Relative);
        var before = await manager.GetFromJsonAsync<JsonElement>(path);
        var version = before.GetProperty("version").GetInt32();

        using var read = await rep.GetAsync(path);
        using var edit = await rep.PatchAsJsonAsync(path, new Dictionary<string, object> { ["version"] = version, [field] = value });

        Assert.AreEqual((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, edit.StatusCode), await edit.Content.ReadAsStringAsync());
        var after = await manager.GetFromJsonAsync<JsonElement>(path);
        Assert.AreEqual((version, before.GetProperty(field).GetString()), (after.GetProperty("version").GetInt32(), after.GetProperty(field).GetString()));
    }

    [TestMethod]
    [DataRow("leads")]
    [DataRow("opportunities")]
    public async Task Each_rep_lists_only_their_own_records_and_the_manager_both(string kind)
    {
        var (repRecord, rep2Record) = kind == "leads" ? (Records.RepLead, Records.Rep2Lead) : (Records.RepOpportunity, Records.Rep2Opportunity);

        var listed = new Dictionary<string, long[]>();
        foreach (var user in new[] { "rep", "rep2", "manager" })
        {
            using var client = Host.ClientFor(user);
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/crm/{kind}?pageSize=200");
            listed[user] = [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Where(i => i == repRecord || i == rep2Record).Order()];
        }

        CollectionAssert.AreEqual(new[] { repRecord }, listed["rep"]);
        CollectionAssert.AreEqual(new[] { rep2Record }, listed["rep2"]);
        CollectionAssert.AreEqual(new[] { repRecord, rep2Record }.Order().ToArray(), listed["manager"]);
    }

    [TestMethod]
    public async Task A_manager_reads_both_reps_leads_and_opportunities()
    {
        using var manager = Host.ClientFor("manager");
        foreach (var path in new[]
        {
            $"/api/crm/leads/{Records.RepLead}", $"/api/crm/leads/{Records.Rep2Lead}",
            $"/api/crm/opportunities/{Records.RepOpportunity}", $"/api/crm/opportunities/{Records.Rep2Opportunity}",
        })
        {
            using var response = await manager.GetAsync(new Uri(path, UriKind.Relative));
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, path);
        }
    }

    [TestMethod]
    public async Task Bulk_loss_of_the_other_reps_opportunity_is_refused_and_writes_nothing()
    {
        using var manager = Host.ClientFor("manager");
        using var rep2 = Host.ClientFor("rep2");
        var path = $"/api/crm/opportunities/{Records.RepOpportunity}";
        var before = await manager.GetFromJsonAsync<JsonElement>(path);

        using var lost = await rep2.PostAsJsonAsync("/api/crm/opportunities/lost", new
        {
            items = new[] { new { id = Records.RepOpportunity, version = before.GetProperty("version").GetInt32() } },
            reason = "price",
        });

        Assert.AreEqual(HttpStatusCode.Conflict, lost.StatusCode, await lost.Content.ReadAsStringAsync());
        var after = await manager.GetFromJsonAsync<JsonElement>(path);
        Assert.AreEqual(("Open", before.GetProperty("version").GetInt32()), (after.GetProperty("status").GetString(), after.GetProperty("version").GetInt32()));
    }
}
