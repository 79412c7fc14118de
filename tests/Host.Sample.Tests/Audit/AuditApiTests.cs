using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Host.Sample.Tests.Security;

namespace Host.Sample.Tests.Audit;

/// <summary>
/// The audit API of a running Host.Sample: a record's entries for whoever may read the record, a
/// user's for that user and the Admin, verify for the Admin, bad queries named, and no route that
/// writes or deletes audit data; once per database engine.
/// </summary>
public abstract class AuditApiTests
{
    private static readonly HostPerTestClass<WalkedHost> Hosts = new();

    private InProcessHostSample Host => Walked.Host;

    private SeededRecords Records => Walked.Records;

    private WalkedHost Walked => Hosts.For(GetType());

    [ClassCleanup(InheritanceBehavior.BeforeEachDerivedClass)]
    public static Task StopHostAsync(TestContext context) => Hosts.StopAsync(context);

    [TestMethod]
    public async Task A_records_entries_follow_the_records_rules_and_show_the_change()
    {
        var leadPath = $"/api/crm/leads/{Id(Records.RepLead)}";
        var auditPath = $"/api/crm/audit?entity=lead&key={Id(Records.RepLead)}";
        using var rep = Host.ClientFor("rep");
        var lead = await rep.GetFromJsonAsync<JsonElement>(leadPath);
        using var edit = await rep.PatchAsJsonAsync(leadPath, new { version = lead.GetProperty("version").GetInt32(), city = "Audit City" });
        Assert.AreEqual(HttpStatusCode.OK, edit.StatusCode, await edit.Content.ReadAsStringAsync());

        var entries = (await rep.GetFromJsonAsync<JsonElement>(auditPath)).GetProperty("entries");

        var created = entries[0];
        Assert.AreEqual(("LeadCreated", "admin"), (created.GetProperty("action").GetString(), created.GetProperty("userName").GetString()));
        var update = entries.EnumerateArray().Last();
        Assert.AreEqual(("LeadUpdated", "rep"), (update.GetProperty("action").GetString(), update.GetProperty("userName").GetString()));
        var city = update.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "city");
        Assert.AreEqual((JsonValueKind.Null, "Audit City"), (city.GetProperty("old").ValueKind, city.GetProperty("new").GetString()));
        Assert.AreEqual(
            "rep2 403, manager 200, clerk 403, finance 403, admin 200",
            await StatusesAsync(auditPath, "rep2", "manager", "clerk", "finance", "admin"));
        Assert.AreEqual(
            "clerk 200, rep2 200",
            await StatusesAsync($"/api/crm/audit?entity=inquiry&key={Uri.EscapeDataString(Records.Inquiry)}", "clerk", "rep2"),
            "inquiries are every CRM role's");
    }

    [TestMethod]
    public async Task A_users_entries_are_theirs_and_the_Admins_and_verify_is_the_Admins()
    {
        Assert.AreEqual("rep 200, rep2 403, manager 403, admin 200", await StatusesAsync("/api/crm/audit?user=rep", "rep", "rep2", "manager", "admin"));
        Assert.AreEqual("rep 403, manager 403, finance 403, admin 200", await StatusesAsync("/api/crm/audit/verify", "rep", "manager", "finance", "admin"));
        using var admin = Host.ClientFor("admin");
        var mine = await admin.GetFromJsonAsync<JsonElement>("/api/crm/audit?user=admin&limit=2");
        Assert.AreEqual(2, mine.GetProperty("entries").GetArrayLength());
        var next = mine.GetProperty("next").GetInt64();
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/audit?user=admin&limit=2&after={Id(next)}");
        Assert.IsTrue(after.GetProperty("entries").EnumerateArray().All(e => e.GetProperty("seq").GetInt64() > next));

        var verification = await admin.GetFromJsonAsync<JsonElement>("/api/crm/audit/verify");
        Assert.IsTrue(verification.GetProperty("valid").GetBoolean(), verification.ToString());
        Assert.AreEqual(verification.GetProperty("lastSeq").GetInt64(), verification.GetProperty("checked").GetInt64());
    }

    [TestMethod]
    [DataRow("entity=planet&key=1", "entity")]
    [DataRow("entity=lead", "key")]
    [DataRow("user=rep&limit=201", "limit")]
    [DataRow("user=rep&after=-1", "after")]
    [DataRow("user=rep&entity=lead&key=1", "user")]
    [DataRow("", "entity")]
    public async Task A_bad_query_is_a_400_naming_the_field(string query, string field)
    {
        using var admin = Host.ClientFor("admin");
        using var response = await admin.GetAsync(new Uri("/api/crm/audit?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode, body);
        Assert.IsTrue(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    [TestMethod]
    public async Task No_route_writes_or_deletes_audit_data()
    {
        using var admin = Host.ClientFor("admin");
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/crm/audit/verify");

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            foreach (var path in new[] { "/api/crm/audit", "/api/crm/audit/verify", "/api/crm/audit/1" })
            {
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { seq = 1, changes = "[]" }) };
                using var response = await admin.SendAsync(request);
                Assert.IsTrue(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
            }
        }

        Assert.IsFalse(Host.Endpoints.Any(e => e.RoutePattern.RawText?.StartsWith("/api/crm/audit", StringComparison.Ordinal) == true
            && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods.Any(m => m != "GET") != false));
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/crm/audit/verify");
        Assert.AreEqual(before.GetProperty("lastHash").GetString(), after.GetProperty("lastHash").GetString());
    }

    protected static Task StartHostAsync(TestContext context, DatabaseEngine engine) =>
        Hosts.StartAsync(context, () => WalkedHost.StartAsync(engine));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<string> StatusesAsync(string path, params string[] users)
    {
        var statuses = new List<string>();
        foreach (var user in users)
        {
            using var client = Host.ClientFor(user);
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            statuses.Add($"{user} {(int)response.StatusCode}");
        }

        return string.Join(", ", statuses);
    }
}

/// <summary>The audit API on the host's embedded SQLite file.</summary>
[TestClass]
public sealed class AuditApiOnSqliteTests : AuditApiTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(context, DatabaseEngine.Sqlite);
}

/// <summary>The audit API on PostgreSQL (inconclusive where the tests cannot start one, unless required).</summary>
[TestClass]
public sealed class AuditApiOnPostgreSqlTests : AuditApiTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(context, DatabaseEngine.PostgreSql);
}
