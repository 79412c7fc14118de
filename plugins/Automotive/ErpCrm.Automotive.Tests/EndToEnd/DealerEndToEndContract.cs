using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.EndToEnd;

[TestClass]
public sealed class DealerOnSqliteTests : DealerEndToEndContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class DealerOnPostgresTests : DealerEndToEndContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

/// <summary>
/// The plugin as Host.Sample ships it (copied to addons/Crm.Module/plugins/ErpCrm.Automotive/ by the
/// host's build), loaded by the real add-on on a fresh database, used over HTTP by the demo users.
/// </summary>
public abstract class DealerEndToEndContract
{
    private const string RegisteredVin = "WVWZZZCDZPW000001";

    // Keyed by test class: MSTest runs the base's class initialisation once per derived class.
    private static readonly ConcurrentDictionary<string, DealerHost> Hosts = new();

    protected abstract DatabaseEngine Engine { get; }

    private DealerHost Dealer => Hosts[GetType().FullName!];

    private HostProcess Host => Dealer.Process;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [ClassInitialize(InheritanceBehavior.BeforeEachDerivedClass)]
    public static async Task StartHostAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var testClass = typeof(DealerEndToEndContract).Assembly.GetType(context.FullyQualifiedTestClassName!)!;
        var engine = ((DealerEndToEndContract)Activator.CreateInstance(testClass)!).Engine;
        Hosts[testClass.FullName!] = await DealerHost.StartAsync(engine, () => Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine)));
    }

    [ClassCleanup(InheritanceBehavior.BeforeEachDerivedClass)]
    public static async Task StopHostAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Hosts.TryRemove(context.FullyQualifiedTestClassName!, out var host))
        {
            await host.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task The_admin_sees_the_plugin_loaded_with_its_rule_categories_activity_types_and_pipeline()
    {
        using var admin = Host.ClientFor("admin");

        var plugin = (await admin.GetFromJsonAsync<JsonElement>("/api/crm/plugins")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "ErpCrm.Automotive");
        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/crm/follow-ups/rules");
        var categories = await admin.GetFromJsonAsync<JsonElement>("/api/crm/inquiries/categories");
        var types = await admin.GetFromJsonAsync<JsonElement>("/api/crm/activities/types");

        Assert.IsTrue(plugin.GetProperty("loaded").GetBoolean(), plugin.ToString());
        Assert.AreEqual("1.0.0", plugin.GetProperty("version").GetString());
        Assert.IsTrue(rules.EnumerateArray().Any(r => r.GetProperty("code").GetString() == "auto.service-due"), rules.ToString());
        var recall = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "auto.recall");
        Assert.AreEqual(("High", "service"), (recall.GetProperty("defaultPriority").GetString(), recall.GetProperty("team").GetString()), recall.ToString());
        Assert.IsTrue(types.EnumerateArray().Any(t => t.GetProperty("code").GetString() == "auto.service-appointment"), types.ToString());
        var stages = await admin.GetFromJsonAsync<JsonElement>("/api/crm/pipelines/auto-vehicle-sales/stages");
        CollectionAssert.AreEqual(
            new[] { "test-drive", "offer", "trade-in-valuation", "financing", "contract" },
            stages.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList(),
            stages.ToString());
    }

    [TestMethod]
    public async Task The_vehicle_fields_are_labelled_in_the_users_language()
    {
        using var rep = Host.ClientFor("rep");

        var german = await rep.GetFromJsonAsync<JsonElement>("/api/crm/screens/labels?culture=de-DE");
        var korean = await rep.GetFromJsonAsync<JsonElement>("/api/crm/screens/labels?culture=ko-KR");

        Assert.AreEqual("Erstzulassung", german.GetProperty("labels").GetProperty("field.auto.first-registration").GetString());
        Assert.AreEqual("전기", korean.GetProperty("labels").GetProperty("field.auto.fuel.electric").GetString());
    }

    [TestMethod]
    public async Task The_VIN_of_an_opportunity_round_trips_and_a_bad_one_is_refused_naming_the_field()
    {
        using var rep = Host.ClientFor("rep");
        var id = await OpenOpportunityAsync(rep, "C10011", "Golf for the Müllers");

        using var bad = await rep.PutAsJsonAsync($"/api/crm/custom-fields/opportunities/{id}", new { version = 0, values = new Dictionary<string, object> { ["auto.vin"] = "WVWZZZCDZPO000001" } });
        Assert.AreEqual(HttpStatusCode.BadRequest, bad.StatusCode, await bad.Content.ReadAsStringAsync());
        Assert.IsTrue((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("customFields.auto.vin", out _));

        using var saved = await rep.PutAsJsonAsync($"/api/crm/custom-fields/opportunities/{id}", new
        {
            version = 0,
            values = new Dictionary<string, object> { ["auto.vin"] = "WVWZZZCDZPW000777", ["auto.model"] = "VW Golf 8 Life", ["auto.fuel"] = "petrol", ["auto.first-registration"] = "2026-11-02", ["auto.mileage"] = 15 },
        });
        Assert.AreEqual(HttpStatusCode.OK, saved.StatusCode, await saved.Content.ReadAsStringAsync());

        var read = await rep.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields/opportunities/{id}");
        var values = read.GetProperty("values");
        Assert.AreEqual("WVWZZZCDZPW000777", values.GetProperty("auto.vin").GetString());
        Assert.AreEqual("2026-11-02", values.GetProperty("auto.first-registration").GetString());
        Assert.AreEqual(15m, values.GetProperty("auto.mileage").GetDecimal());
    }

    [TestMethod]
    public async Task A_recall_without_VIN_is_refused_and_one_for_a_car_sold_here_gets_its_model_and_goes_to_the_workshop()
    {
        using var rep = Host.ClientFor("rep");
        using var clerk = Host.ClientFor("clerk");
        var id = await OpenOpportunityAsync(rep, "C10012", "Golf 8 eTSI");
        var opportunity = await rep.GetFromJsonAsync<JsonElement>($"/api/crm/opportunities/{id}");
        using var vehicle = await rep.PutAsJsonAsync($"/api/crm/custom-fields/opportunities/{id}", new { version = 0, values = new Dictionary<string, object> { ["auto.vin"] = RegisteredVin, ["auto.model"] = "VW Golf 8 1.5 eTSI" } });
        Assert.AreEqual(HttpStatusCode.OK, vehicle.StatusCode, await vehicle.Content.ReadAsStringAsync());
        using var won = await rep.PostAsJsonAsync($"/api/crm/opportunities/{id}/won", new { version = opportunity.GetProperty("version").GetInt32() });
        Assert.AreEqual(HttpStatusCode.OK, won.StatusCode, await won.Content.ReadAsStringAsync());
        await WaitUntilRegisteredAsync(RegisteredVin);

        using var refused = await clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10012", subject = "Airbag recall letter", channel = "Phone", category = "auto.recall" });
        Assert.AreEqual(HttpStatusCode.BadRequest, refused.StatusCode, await refused.Content.ReadAsStringAsync());
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        StringAssert.Contains(problem.GetProperty("errors").GetProperty("customFields.auto.vin")[0].GetString(), "(VIN)");

        using var logged = await clerk.PostAsJsonAsync("/api/crm/inquiries", new
        {
            accountKey = "C10012",
            subject = "Airbag recall letter",
            channel = "Phone",
            category = "auto.recall",
            customFields = new Dictionary<string, object> { ["auto.vin"] = RegisteredVin },
        });
        Assert.AreEqual(HttpStatusCode.Created, logged.StatusCode, await logged.Content.ReadAsStringAsync());
        var inquiry = await logged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.AreEqual(("service", "High"), (inquiry.GetProperty("team").GetString(), inquiry.GetProperty("priority").GetString()));
        var fields = await clerk.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields/inquiries/{inquiry.GetProperty("number").GetString()}");
        Assert.AreEqual("VW Golf 8 1.5 eTSI", fields.GetProperty("values").GetProperty("auto.model").GetString());
    }

    [TestMethod]
    public async Task Cars_sold_a_year_ago_get_one_service_appointment_each_for_the_owner_or_the_configured_assignee()
    {
        using var admin = Host.ClientFor("admin");
        using var manager = Host.ClientFor("manager");
        var owner = await manager.GetFromJsonAsync<JsonElement>("/api/crm/accounts/C10013/owner");
        using var assigned = await manager.PutAsJsonAsync("/api/crm/accounts/C10013/owner", new { owner = "rep", version = owner.GetProperty("version").GetInt32() });
        Assert.AreEqual(HttpStatusCode.OK, assigned.StatusCode, await assigned.Content.ReadAsStringAsync());
        var dueIn10Days = Today.AddDays(10).AddMonths(-12);
        await Dealer.Erp.SellAsync("C10013", dueIn10Days, "VEH-GOLF8", "VW Golf 8 1.5 eTSI, VIN WVWZZZCDZPW000321");
        await Dealer.Erp.SellAsync("C10014", dueIn10Days, "VEH-TRANSIT", "Ford Transit Custom");
        await Dealer.Erp.SellAsync("C10013", Today.AddMonths(-6), "VEH-POLO", "VW Polo, VIN WVWZZZAWZPU000654");

        using var first = await admin.PostAsync(new Uri("/api/crm/follow-ups/rules/auto.service-due/run", UriKind.Relative), null);
        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode, await first.Content.ReadAsStringAsync());
        using var second = await admin.PostAsync(new Uri("/api/crm/follow-ups/rules/auto.service-due/run", UriKind.Relative), null);
        var firstRun = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondRun = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.AreEqual(2, firstRun.GetProperty("created").GetInt32(), firstRun.ToString());
        Assert.AreEqual((0, 2), (secondRun.GetProperty("created").GetInt32(), secondRun.GetProperty("skipped").GetInt32()), secondRun.ToString());
        var golf = await SingleOpenActivityAsync("rep", "Service due: VW Golf 8 1.5 eTSI (WVWZZZCDZPW000321)");
        Assert.AreEqual(("auto.service-appointment", "C10013"), (golf.GetProperty("type").GetString(), golf.GetProperty("accountKey").GetString()));
        var transit = await SingleOpenActivityAsync("rep2", "Service due: Ford Transit Custom (");
        Assert.AreEqual("C10014", transit.GetProperty("accountKey").GetString());
    }

    [TestMethod]
    public async Task The_opportunity_card_shows_the_car_in_the_reps_german_and_the_quick_log_asks_for_the_VIN()
    {
        using var rep = Host.ClientFor("rep");
        var id = await OpenOpportunityAsync(rep, "C10015", "Tiguan for the Schmidts");
        using var saved = await rep.PutAsJsonAsync($"/api/crm/custom-fields/opportunities/{id}", new { version = 0, values = new Dictionary<string, object> { ["auto.vin"] = "WVGZZZ5NZPW000042", ["auto.fuel"] = "plug-in-hybrid" } });
        Assert.AreEqual(HttpStatusCode.OK, saved.StatusCode, await saved.Content.ReadAsStringAsync());
        using var repShell = await ShellSession.SignInAsync(Host, "rep");
        using var clerkShell = await ShellSession.SignInAsync(Host, "clerk");
        using var clerk = Host.ClientFor("clerk");

        var card = await repShell.PageAsync($"/screens/crm.opportunity-card/{id}");
        var quickLog = await clerkShell.PageAsync("/screens/crm.inquiry-quick-log");
        var quickLogDefinition = await clerk.GetFromJsonAsync<JsonElement>("/api/crm/screens/crm.inquiry-quick-log");

        StringAssert.Contains(card, "WVGZZZ5NZPW000042");
        StringAssert.Contains(card, "FIN (Fahrzeug-Ident.-Nr.)");
        StringAssert.Contains(card, "Kraftstoff");
        StringAssert.Contains(quickLog, "customFields.auto.vin");
        var inputs = quickLogDefinition.GetProperty("sections")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.AreEqual(inputs.IndexOf("category") + 1, inputs.IndexOf("customFields.auto.vin"), string.Join(", ", inputs));
    }

    [TestMethod]
    public async Task The_nightly_job_registers_a_car_the_ERP_sold_and_a_recall_for_it_gets_its_model()
    {
        using var admin = Host.ClientFor("admin");
        using var clerk = Host.ClientFor("clerk");
        await Dealer.Erp.SellAsync("C10016", Today.AddDays(-3), "VEH-OCTAVIA", "Skoda Octavia Combi 2.0 TDI, VIN TMBJJ7NX5PY000777");

        await WaitUntilRegisteredAsync("TMBJJ7NX5PY000777");
        using var logged = await clerk.PostAsJsonAsync("/api/crm/inquiries", new
        {
            accountKey = "C10016",
            subject = "Recall: EGR valve",
            channel = "Phone",
            category = "auto.recall",
            customFields = new Dictionary<string, object> { ["auto.vin"] = "TMBJJ7NX5PY000777" },
        });

        Assert.AreEqual(HttpStatusCode.Created, logged.StatusCode, await logged.Content.ReadAsStringAsync());
        var number = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
        var fields = await clerk.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields/inquiries/{number}");
        Assert.AreEqual("Skoda Octavia Combi 2.0 TDI", fields.GetProperty("values").GetProperty("auto.model").GetString());
        var job = (await admin.GetFromJsonAsync<JsonElement>("/api/crm/jobs")).EnumerateArray().Single(j => j.GetProperty("code").GetString() == "auto.vehicle-register");
        Assert.AreEqual("ErpCrm.Automotive", job.GetProperty("plugin").GetString());
    }

    private static async Task<long> OpenOpportunityAsync(HttpClient rep, string account, string name)
    {
        using var created = await rep.PostAsJsonAsync("/api/crm/opportunities", new { name, accountKey = account, amount = 32_000m, expectedCloseDate = Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opportunity").GetProperty("id").GetInt64();
    }

    private async Task<JsonElement> SingleOpenActivityAsync(string user, string subjectStart)
    {
        using var client = Host.ClientFor(user);
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/crm/activities/mine?pageSize=200");
        return mine.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("subject").GetString()!.StartsWith(subjectStart, StringComparison.Ordinal));
    }

    // The register is filled by an after-commit handler, delivered from the outbox in the background.
    private async Task WaitUntilRegisteredAsync(string vin)
    {
        var giveUpAt = DateTime.UtcNow.AddMinutes(1);
        while (!await Dealer.Erp.IsRegisteredAsync(vin))
        {
            Assert.IsLessThan(giveUpAt, DateTime.UtcNow, $"{vin} never reached the register:\n{Host.Output}");
            await Task.Delay(200);
        }
    }
}
