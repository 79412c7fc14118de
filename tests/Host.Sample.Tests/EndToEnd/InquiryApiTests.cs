using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>A clerk logs, works and resolves an inquiry through the HTTP API of a running Host.Sample.</summary>
[TestClass]
public sealed class InquiryApiTests : HostSampleTest
{
    [TestMethod]
    public async Task A_clerk_logs_works_and_resolves_an_inquiry_about_an_order()
    {
        using var clerk = Host.ClientFor("clerk");
        var orders = await clerk.GetFromJsonAsync<JsonElement>("/api/crm/accounts/C10003/orders?pageSize=1");
        var order = orders.GetProperty("items")[0].GetProperty("key").GetString();

        using var logged = await clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10003", subject = "Where is my order?", channel = "phone", orderKey = order });
        Assert.AreEqual(HttpStatusCode.Created, logged.StatusCode, await logged.Content.ReadAsStringAsync());
        var inquiry = await logged.Content.ReadFromJsonAsync<JsonElement>();
        var number = inquiry.GetProperty("number").GetString()!;
        StringAssert.StartsWith(number, "INQ-");
        Assert.AreEqual($"/api/crm/inquiries/{number}", logged.Headers.Location?.OriginalString);
        Assert.AreEqual("service", inquiry.GetProperty("team").GetString());
        Assert.AreEqual(("New", "Phone", "Normal"), (inquiry.GetProperty("status").GetString(), inquiry.GetProperty("channel").GetString(), inquiry.GetProperty("priority").GetString()), "enums travel by name");

        using var duplicate = await clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10003", subject = "Again", channel = "Email", orderKey = order });
        Assert.AreEqual(HttpStatusCode.Conflict, duplicate.StatusCode);
        var problem = await duplicate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(number, problem.GetProperty("existing")[0].GetString());

        var version = inquiry.GetProperty("version").GetInt32();
        using var noNote = await clerk.PostAsJsonAsync($"/api/crm/inquiries/{number}/status", new { status = "Resolved", version });
        Assert.AreEqual(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.IsTrue((await noNote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));

        using var resolved = await clerk.PostAsJsonAsync($"/api/crm/inquiries/{number}/status", new { status = "Resolved", version, note = "Shipped today, tracking sent." });
        Assert.AreEqual(HttpStatusCode.OK, resolved.StatusCode, await resolved.Content.ReadAsStringAsync());
        using var stale = await clerk.PostAsJsonAsync($"/api/crm/inquiries/{number}/status", new { status = "Closed", version });
        Assert.AreEqual(HttpStatusCode.Conflict, stale.StatusCode);

        var timeline = await clerk.GetFromJsonAsync<JsonElement>($"/api/crm/inquiries/{number}/timeline");
        Assert.AreEqual(2, timeline.GetArrayLength());
        var byOrder = await clerk.GetFromJsonAsync<JsonElement>($"/api/crm/inquiries?view=all&order={order}");
        Assert.AreEqual(number, byOrder.GetProperty("items")[0].GetProperty("number").GetString());
    }

    [TestMethod]
    [DataRow("{\"accountKey\": \"C10003\", \"channel\": \"Phone\"}", "subject")]
    [DataRow("{\"accountKey\": \"C10003\", \"subject\": \"Hi\", \"channel\": \"Pigeon\"}", "channel")]
    [DataRow("{\"accountKey\": \"C10003\", \"subject\": \"Hi\", \"channel\": 1}", "channel")]
    [DataRow("{\"accountKey\": \"C10003\", \"subject\": \"Hi\", \"channel\": \"Phone\", \"dueDate\": \"tomorrow\"}", "dueDate")]
    [DataRow("{\"accountKey\": \"C10003\", \"subject\": \"Hi\", \"channel\": \"Phone\", \"orderKey\": \"abc\"}", "orderKey")]
    [DataRow("{\"accountKey\": \"C10003\", \"subject\": \"Hi\", \"channel\": \"Phone\", \"category\": \"weather\"}", "category")]
    public async Task Bad_inquiry_input_is_a_400_naming_the_field(string json, string field)
    {
        using var clerk = Host.ClientFor("clerk");
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await clerk.PostAsync(new Uri("/api/crm/inquiries", UriKind.Relative), content);
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsTrue(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [TestMethod]
    [DataRow("/api/crm/inquiries?view=everything", "view")]
    [DataRow("/api/crm/inquiries?status=Done", "status")]
    [DataRow("/api/crm/inquiries?sort=random", "sort")]
    [DataRow("/api/crm/inquiries?pageSize=0", "pageSize")]
    public async Task Bad_list_parameters_are_a_400_naming_the_parameter(string url, string field)
    {
        using var clerk = Host.ClientFor("clerk");
        using var response = await clerk.GetAsync(new Uri(url, UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsTrue(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [TestMethod]
    public async Task An_unknown_inquiry_is_a_404()
    {
        using var clerk = Host.ClientFor("clerk");
        using var response = await clerk.GetAsync(new Uri("/api/crm/inquiries/INQ-1999-000001", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }
}
