using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>The forecast through the HTTP API of a running Host.Sample: reps' pipeline beside a target, read by finance, a rep and refused to a clerk.</summary>
[TestClass]
public sealed class ForecastApiTests : HostSampleTest
{
    [TestMethod]
    public async Task Finance_reads_the_weighted_pipeline_beside_the_target_a_rep_only_their_own_and_a_clerk_nothing()
    {
        // The host runs on the real clock: the month after next is clear of today and of month ends.
        var first = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(2);
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var close = first.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var rep = Host.ClientFor("rep");
        using var created = await rep.PostAsJsonAsync("/api/crm/opportunities", new { name = "Forecast deal", accountKey = "C10007", amount = 1005m, probability = 33, expectedCloseDate = close });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        using var rep2 = Host.ClientFor("rep2");
        using var other = await rep2.PostAsJsonAsync("/api/crm/opportunities", new { name = "Other rep's deal", accountKey = "C10008", amount = 400m, pipeline = "reorder", expectedCloseDate = close });
        Assert.AreEqual(HttpStatusCode.Created, other.StatusCode, await other.Content.ReadAsStringAsync());
        using var manager = Host.ClientFor("manager");
        using var target = await manager.PutAsJsonAsync("/api/crm/forecast/targets", new { owner = "rep", month, currency = "EUR", amount = 20000m, version = 0 });
        Assert.AreEqual(HttpStatusCode.OK, target.StatusCode, await target.Content.ReadAsStringAsync());

        // Without a version the request means a new target, so it cannot overwrite the one just set.
        using var blind = await manager.PutAsJsonAsync("/api/crm/forecast/targets", new { owner = "rep", month, currency = "EUR", amount = 1m });
        Assert.AreEqual(HttpStatusCode.Conflict, blind.StatusCode, await blind.Content.ReadAsStringAsync());

        using var finance = Host.ClientFor("finance");
        var all = await finance.GetFromJsonAsync<JsonElement>($"/api/crm/forecast?from={month}&to={month}");
        Assert.AreEqual((month, month), (all.GetProperty("query").GetProperty("fromMonth").GetString(), all.GetProperty("query").GetProperty("toMonth").GetString()));
        var line = all.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("owner").GetString() == "rep");
        Assert.AreEqual(("new-business", "EUR", 1, 1005m, 331.65m), (line.GetProperty("pipeline").GetString(), line.GetProperty("currency").GetString(), line.GetProperty("openCount").GetInt32(), line.GetProperty("openAmount").GetDecimal(), line.GetProperty("weightedAmount").GetDecimal()));
        var period = all.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("owner").GetString() == "rep" && p.GetProperty("currency").GetString() == "EUR");
        Assert.AreEqual((331.65m, 20000m), (period.GetProperty("weightedAmount").GetDecimal(), period.GetProperty("target").GetDecimal()));
        CollectionAssert.AreEquivalent(new[] { "rep", "rep2" }, all.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("owner").GetString()).ToArray());
        Assert.AreEqual(JsonValueKind.Null, all.GetProperty("winRates")[0].GetProperty("owner").ValueKind, "everyone's win rate first");

        var reorders = await finance.GetFromJsonAsync<JsonElement>($"/api/crm/forecast?from={month}&to={month}&pipeline=reorder");
        Assert.AreEqual("rep2", reorders.GetProperty("lines").EnumerateArray().Single().GetProperty("owner").GetString());

        var own = await rep.GetFromJsonAsync<JsonElement>($"/api/crm/forecast?from={month}&to={month}");
        Assert.IsTrue(own.GetProperty("lines").EnumerateArray().All(l => l.GetProperty("owner").GetString() == "rep"), "a rep reads their own figures");
        Assert.IsTrue(own.GetProperty("periods").EnumerateArray().All(p => p.GetProperty("owner").GetString() == "rep"));

        using var badMonth = await finance.GetAsync(new Uri($"/api/crm/forecast?from=2026-13&to={month}", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.IsTrue((await badMonth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("from", out _));
        var opened = await finance.GetFromJsonAsync<JsonElement>("/api/crm/forecast");
        Assert.AreEqual(7, opened.GetProperty("query").GetProperty("fromMonth").GetString()!.Length, "without a range the forecast picks one");

        using var clerk = Host.ClientFor("clerk");
        using var refused = await clerk.GetAsync(new Uri($"/api/crm/forecast?from={month}&to={month}", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
