using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>Sales reps and their manager work opportunities through the HTTP API of a running Host.Sample (its configured pipelines; the first, new-business, is the default).</summary>
[TestClass]
public sealed class OpportunityApiTests : HostSampleTest
{
    [TestMethod]
    public async Task A_rep_opens_moves_and_wins_an_opportunity_and_a_second_rep_is_warned()
    {
        using var rep = Host.ClientFor("rep");
        using var created = await rep.PostAsJsonAsync("/api/crm/opportunities", new { name = "Packaging line", accountKey = "C10005", amount = 12500.50m, expectedCloseDate = "2027-01-31" });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = body.GetProperty("opportunity");
        var id = opportunity.GetProperty("id").GetInt64();
        Assert.AreEqual($"/api/crm/opportunities/{id}", created.Headers.Location?.OriginalString);
        Assert.AreEqual(("new-business", "qualification", 10, "Open", "rep"), (opportunity.GetProperty("pipelineCode").GetString(), opportunity.GetProperty("stageCode").GetString(), opportunity.GetProperty("probability").GetInt32(), opportunity.GetProperty("status").GetString(), opportunity.GetProperty("owner").GetString()));
        Assert.AreEqual(0, body.GetProperty("warnings").GetArrayLength());

        using var rep2 = Host.ClientFor("rep2");
        using var second = await rep2.PostAsJsonAsync("/api/crm/opportunities", new { name = "Spare parts", accountKey = "C10005", amount = 800, expectedCloseDate = "2027-02-28" });
        var warning = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings")[0];
        Assert.AreEqual((id, "rep"), (warning.GetProperty("opportunityId").GetInt64(), warning.GetProperty("owner").GetString()));

        var version = opportunity.GetProperty("version").GetInt32();
        using var slipped = await rep.PatchAsJsonAsync($"/api/crm/opportunities/{id}", new { version, expectedCloseDate = "2027-03-31" });
        Assert.AreEqual(HttpStatusCode.OK, slipped.StatusCode, await slipped.Content.ReadAsStringAsync());
        using var stale = await rep.PatchAsJsonAsync($"/api/crm/opportunities/{id}", new { version, amount = 1 });
        Assert.AreEqual(HttpStatusCode.Conflict, stale.StatusCode);

        using var moved = await rep.PostAsJsonAsync($"/api/crm/opportunities/{id}/stage", new { stage = "proposal", version = version + 1 });
        var proposal = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(("proposal", 50), (proposal.GetProperty("stageCode").GetString(), proposal.GetProperty("probability").GetInt32()));

        using var noReason = await rep.PostAsJsonAsync($"/api/crm/opportunities/{id}/lost", new { version = version + 2 });
        Assert.AreEqual(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.IsTrue((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));

        using var won = await rep.PostAsJsonAsync($"/api/crm/opportunities/{id}/won", new { version = version + 2 });
        Assert.AreEqual("Won", (await won.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var history = await rep.GetFromJsonAsync<JsonElement>($"/api/crm/opportunities/{id}/history");
        Assert.AreEqual(2, history.GetProperty("stages").GetArrayLength());
        Assert.AreEqual("2027-03-31", history.GetProperty("closeDates")[0].GetProperty("newDate").GetString());

        var mine = await rep.GetFromJsonAsync<JsonElement>("/api/crm/opportunities?status=won");
        Assert.IsTrue(mine.GetProperty("items").EnumerateArray().All(o => o.GetProperty("owner").GetString() == "rep"));
        using var refused = await rep2.GetAsync(new Uri($"/api/crm/opportunities/{id}", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [TestMethod]
    public async Task A_manager_sees_the_board_and_loses_in_bulk_all_or_nothing()
    {
        using var rep = Host.ClientFor("rep");
        var ids = new List<long>();
        foreach (var amount in new[] { 100, 200 })
        {
            using var created = await rep.PostAsJsonAsync("/api/crm/opportunities", new { name = $"Deal {amount}", accountKey = "C10006", amount, expectedCloseDate = "2027-01-15" });
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opportunity").GetProperty("id").GetInt64());
        }

        using var manager = Host.ClientFor("manager");
        var board = await manager.GetFromJsonAsync<JsonElement>("/api/crm/pipelines/new-business/board?cards=1");
        var qualification = board.GetProperty("columns")[0];
        Assert.AreEqual("qualification", qualification.GetProperty("stage").GetProperty("code").GetString());
        Assert.IsGreaterThanOrEqualTo(2L, qualification.GetProperty("count").GetInt64());
        Assert.AreEqual(1, qualification.GetProperty("cards").GetArrayLength());

        using var refused = await manager.PostAsJsonAsync("/api/crm/opportunities/lost", new { ids = ids.Append(987_654), reason = "price" });
        Assert.AreEqual(HttpStatusCode.Conflict, refused.StatusCode);
        var report = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsFalse(report.GetProperty("applied").GetBoolean());
        Assert.AreEqual(JsonValueKind.String, report.GetProperty("items")[2].GetProperty("problem").ValueKind);

        using var lost = await manager.PostAsJsonAsync("/api/crm/opportunities/lost", new { items = ids.Select(i => new { id = i, version = 1 }), reason = "no-budget", note = "Frozen." });
        Assert.AreEqual(HttpStatusCode.OK, lost.StatusCode, await lost.Content.ReadAsStringAsync());

        var reasons = await manager.GetFromJsonAsync<JsonElement>("/api/crm/pipelines/lost-reasons");
        Assert.AreEqual(7, reasons.GetArrayLength());
        var pipelines = await manager.GetFromJsonAsync<JsonElement>("/api/crm/pipelines");
        Assert.AreEqual(4, pipelines[0].GetProperty("stages").GetArrayLength());

        using var finance = Host.ClientFor("finance");
        using var forbidden = await finance.GetAsync(new Uri("/api/crm/opportunities", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [TestMethod]
    [DataRow("{\"accountKey\": \"C10003\", \"amount\": 1, \"expectedCloseDate\": \"2027-01-01\"}", "name")]
    [DataRow("{\"name\": \"X\", \"accountKey\": \"C10003\", \"amount\": \"lots\", \"expectedCloseDate\": \"2027-01-01\"}", "amount")]
    [DataRow("{\"name\": \"X\", \"accountKey\": \"C10003\", \"amount\": 1}", "expectedCloseDate")]
    [DataRow("{\"name\": \"X\", \"accountKey\": \"C10003\", \"amount\": 1, \"expectedCloseDate\": \"soon\"}", "expectedCloseDate")]
    [DataRow("{\"name\": \"X\", \"accountKey\": \"C10003\", \"amount\": 1, \"expectedCloseDate\": \"2027-01-01\", \"stage\": \"won\"}", "stage")]
    [DataRow("{\"name\": \"X\", \"amount\": 1, \"expectedCloseDate\": \"2027-01-01\"}", "accountKey")]
    public async Task Bad_opportunity_input_is_a_400_naming_the_field(string json, string field)
    {
        using var rep = Host.ClientFor("rep");
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await rep.PostAsync(new Uri("/api/crm/opportunities", UriKind.Relative), content);
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.IsTrue((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }
}
