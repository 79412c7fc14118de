using System.Collections.Concurrent;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Dapper;
using ErpCrm.MedicalDevices.Tests.Infrastructure;

namespace ErpCrm.MedicalDevices.Tests.EndToEnd;

/// <summary>
/// The plugin as a partner ships it: Host.Sample's build copies it into the add-on's plugin folder,
/// the add-on loads it, runs its migration and serves its fields, checks, rules, job and labels. A
/// quality team is configured for complaints, as a medical-devices wholesaler would; the sales are
/// crafted ERP rows in the host's own tables. One host per derived class and database engine.
/// </summary>
public abstract class MedicalDevicesHostContract
{
    private const string Plugin = "ErpCrm.MedicalDevices";

    // Keyed by test class: each derived class runs its own host on its own database.
    private static readonly ConcurrentDictionary<string, (HostProcess Host, TestDatabase Database)> Running = new();

    private HostProcess Host => Running[GetType().FullName!].Host;

    private TestDatabase Database => Running[GetType().FullName!].Database;

    protected static async Task StartHostAsync(DatabaseEngine engine, TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Erp__Database__Engine"] = engine.ToString(),
            ["Erp__Database__ConnectionString"] = database.ConnectionString,
            ["Crm__Inquiries__Teams__2__Code"] = "quality",
            ["Crm__Inquiries__Teams__2__Name"] = "Quality management",
            ["Crm__Inquiries__Teams__2__Manager"] = "manager",
            ["Crm__Inquiries__Teams__2__Members__0"] = "admin",
            ["Crm__Inquiries__Teams__2__Assignment"] = "RoundRobin",
            ["Crm__FollowUps__Rules__med.calibration-due__Parameters__assignee"] = "manager",
            ["Crm__FollowUps__Rules__med.vigilance-deadline__Parameters__reminderDays"] = "15",

            // Every few seconds instead of daily, so that a test sees it run.
            ["Crm__Jobs__med.vigilance-deadlines__Schedule"] = "0/3 * * * * ?",
        });
        Running[context.FullyQualifiedTestClassName!] = (host, database);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        await using (var connection = await database.OpenConnectionAsync())
        {
            await CraftedSales.WriteAsync(connection, DateOnly.FromDateTime(DateTime.UtcNow));
        }

        using var manager = host.ClientFor("manager");
        var (status, body) = await manager.SendAsync(HttpMethod.Put, $"/api/crm/accounts/{CraftedSales.Hospital}/owner", new { owner = "rep", version = 0 });
        Assert.AreEqual(200, status, body.ToString());
    }

    protected static async Task StopHostAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Running.TryRemove(context.FullyQualifiedTestClassName!, out var running))
        {
            await running.Host.DisposeAsync();
            await running.Database.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task The_admin_sees_the_plugin_loaded_with_its_rules_category_types_and_fields()
    {
        using var admin = Host.ClientFor("admin");

        var plugin = (await admin.SendAsync(HttpMethod.Get, "/api/crm/plugins")).Body.EnumerateArray().Single(p => p.GetProperty("id").GetString() == Plugin);
        var rules = (await admin.SendAsync(HttpMethod.Get, "/api/crm/follow-ups/rules")).Body;
        var categories = (await admin.SendAsync(HttpMethod.Get, "/api/crm/inquiries/categories")).Body;
        var types = (await admin.SendAsync(HttpMethod.Get, "/api/crm/activities/types")).Body;
        var inquiryFields = (await admin.SendAsync(HttpMethod.Get, "/api/crm/custom-fields?entity=inquiries")).Body;
        var accountFields = (await admin.SendAsync(HttpMethod.Get, "/api/crm/custom-fields?entity=accounts")).Body;

        Assert.IsTrue(plugin.GetProperty("loaded").GetBoolean(), plugin.ToString());
        Assert.AreEqual("1.0.0", plugin.GetProperty("version").GetString());
        CollectionAssert.IsSubsetOf(new[] { "med.calibration-due", "med.consumables-reorder", "med.vigilance-deadline" }, Codes(rules));
        var complaint = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "med.complaint");
        Assert.AreEqual(("High", "quality"), (complaint.GetProperty("defaultPriority").GetString(), complaint.GetProperty("team").GetString()));
        CollectionAssert.IsSubsetOf(new[] { "med.calibration", "med.field-safety-notice", "med.vigilance-report" }, Codes(types));
        CollectionAssert.IsSubsetOf(
            new[] { "med.device-serial", "med.lot-number", "med.patient-involved", "med.incident-date", "med.regulatory-report" }, Codes(inquiryFields));
        CollectionAssert.IsSubsetOf(new[] { "med.regulatory-contact", "med.facility-type" }, Codes(accountFields));
    }

    [TestMethod]
    public async Task The_vigilance_job_is_scheduled_for_the_plugin_and_runs_against_its_table()
    {
        using var admin = Host.ClientFor("admin");

        var job = await HostApi.EventuallyAsync(
            async () =>
            {
                var jobs = (await admin.SendAsync(HttpMethod.Get, "/api/crm/jobs")).Body;
                var found = jobs.EnumerateArray().Single(j => j.GetProperty("code").GetString() == "med.vigilance-deadlines");
                return found.GetProperty("lastRun").ValueKind == JsonValueKind.Object ? found.ToString() : null;
            },
            "a run of med.vigilance-deadlines");

        using var document = JsonDocument.Parse(job);
        var view = document.RootElement;
        Assert.AreEqual((Plugin, true), (view.GetProperty("plugin").GetString(), view.GetProperty("enabled").GetBoolean()), job);
        Assert.AreEqual("succeeded", view.GetProperty("lastRun").GetProperty("outcome").GetString(), job);
    }

    [TestMethod]
    public async Task The_labels_are_answered_in_the_users_language()
    {
        using var rep = Host.ClientFor("rep");

        var german = (await rep.SendAsync(HttpMethod.Get, "/api/crm/screens/labels?culture=de-DE")).Body.GetProperty("labels");
        var korean = (await rep.SendAsync(HttpMethod.Get, "/api/crm/screens/labels?culture=ko-KR")).Body.GetProperty("labels");

        Assert.AreEqual("Patient betroffen", german.GetProperty("field.med.patient-involved").GetString());
        Assert.AreEqual("약국", korean.GetProperty("field.med.facility-type.pharmacy").GetString());
    }

    [TestMethod]
    public async Task Calibrations_due_are_planned_once_for_the_owner_or_the_fallback_assignee()
    {
        using var admin = Host.ClientFor("admin");

        var first = (await admin.SendAsync(HttpMethod.Post, "/api/crm/follow-ups/rules/med.calibration-due/run")).Body;
        var second = (await admin.SendAsync(HttpMethod.Post, "/api/crm/follow-ups/rules/med.calibration-due/run")).Body;

        Assert.AreEqual((2, 0), (first.GetProperty("created").GetInt32(), second.GetProperty("created").GetInt32()), first.ToString());
        Assert.AreEqual(2, second.GetProperty("skipped").GetInt32());
        var repCalibration = (await MyActivitiesAsync("rep")).Single(a => a.GetProperty("type").GetString() == "med.calibration");
        var managerCalibration = (await MyActivitiesAsync("manager")).Single(a => a.GetProperty("type").GetString() == "med.calibration");
        Assert.AreEqual(CraftedSales.Hospital, repCalibration.GetProperty("accountKey").GetString());
        StringAssert.Contains(repCalibration.GetProperty("subject").GetString(), "DEV-ECG-300");
        Assert.AreEqual(CraftedSales.Practice, managerCalibration.GetProperty("accountKey").GetString(), "the practice has no owner: the rule's fallback assignee");
    }

    [TestMethod]
    public async Task An_account_past_its_consumables_rhythm_gets_a_reorder_call()
    {
        using var admin = Host.ClientFor("admin");

        var run = (await admin.SendAsync(HttpMethod.Post, "/api/crm/follow-ups/rules/med.consumables-reorder/run")).Body;

        Assert.AreEqual(1, run.GetProperty("created").GetInt32(), run.ToString());
        var call = (await MyActivitiesAsync("rep")).Single(a => a.GetProperty("subject").GetString()!.StartsWith("Consumables reorder due", StringComparison.Ordinal));
        Assert.AreEqual(("call", CraftedSales.Hospital), (call.GetProperty("type").GetString(), call.GetProperty("accountKey").GetString()));
    }

    [TestMethod]
    public async Task A_complaint_needs_the_device_and_with_a_patient_involved_cannot_be_resolved_before_the_report_is_filed()
    {
        using var clerk = Host.ClientFor("clerk");
        using var admin = Host.ClientFor("admin");

        var unidentified = await clerk.SendAsync(HttpMethod.Post, "/api/crm/inquiries", Complaint(new Dictionary<string, object?> { ["med.patient-involved"] = "no" }));
        var (status, logged) = await clerk.SendAsync(HttpMethod.Post, "/api/crm/inquiries", Complaint(new Dictionary<string, object?>
        {
            ["med.lot-number"] = "L2026-114",
            ["med.patient-involved"] = "yes",
            ["med.incident-date"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));

        Assert.AreEqual(400, unidentified.Status, unidentified.Body.ToString());
        CollectionAssert.Contains(unidentified.Body.ErrorFields().ToList(), "customFields.med.device-serial");
        Assert.AreEqual(201, status, logged.ToString());
        var number = logged.GetProperty("number").GetString()!;
        Assert.AreEqual(("quality", "admin", "High"), (logged.GetProperty("team").GetString(), logged.GetProperty("assignee").GetString(), logged.GetProperty("priority").GetString()));
        var fields = (await admin.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/inquiries/{number}")).Body;
        Assert.AreEqual("required", fields.GetProperty("values").GetProperty("med.regulatory-report").GetString(), "enriched because a patient was involved");

        var report = await ReportRowAsync(number, r => r is not null);
        Assert.AreEqual(("required", "admin"), (report.Status, report.Assignee));
        Assert.AreEqual(TimeSpan.FromDays(15), report.Window);

        var refused = await admin.SendAsync(HttpMethod.Post, $"/api/crm/inquiries/{number}/status", new { status = "Resolved", version = logged.GetProperty("version").GetInt32(), note = "Device replaced." });
        Assert.AreEqual(400, refused.Status, refused.Body.ToString());
        CollectionAssert.Contains(refused.Body.ErrorFields().ToList(), "customFields.med.regulatory-report");

        var reminder = (await admin.SendAsync(HttpMethod.Post, "/api/crm/follow-ups/rules/med.vigilance-deadline/run")).Body;
        Assert.IsGreaterThanOrEqualTo(1, reminder.GetProperty("created").GetInt32(), reminder.ToString());
        Assert.IsTrue((await MyActivitiesAsync("admin")).Any(a => a.GetProperty("type").GetString() == "med.vigilance-report" && a.GetProperty("subject").GetString()!.Contains(number, StringComparison.Ordinal)));

        var version = fields.GetProperty("version").GetInt32();
        var lotCleared = await admin.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/inquiries/{number}", new { version, values = new Dictionary<string, object?> { ["med.lot-number"] = null } });
        Assert.AreEqual(400, lotCleared.Status, lotCleared.Body.ToString());
        CollectionAssert.Contains(lotCleared.Body.ErrorFields().ToList(), "customFields.med.device-serial");

        var filing = await admin.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/inquiries/{number}", new { version, values = new Dictionary<string, object?> { ["med.regulatory-report"] = "filed" } });
        Assert.AreEqual(200, filing.Status, filing.Body.ToString());
        var filed = await ReportRowAsync(number, r => r?.FiledAt is not null);
        Assert.AreEqual("filed", filed.Status);
        var current = (await admin.SendAsync(HttpMethod.Get, $"/api/crm/inquiries/{number}")).Body;
        var resolved = await admin.SendAsync(HttpMethod.Post, $"/api/crm/inquiries/{number}/status", new { status = "Resolved", version = current.GetProperty("version").GetInt32(), note = "Device replaced; report filed." });
        Assert.AreEqual(200, resolved.Status, resolved.Body.ToString());
    }

    [TestMethod]
    public async Task A_complaint_whose_patient_involvement_is_unknown_cannot_be_resolved()
    {
        using var clerk = Host.ClientFor("clerk");
        using var admin = Host.ClientFor("admin");
        var (_, logged) = await clerk.SendAsync(HttpMethod.Post, "/api/crm/inquiries", Complaint(new Dictionary<string, object?>
        {
            ["med.device-serial"] = "SN-4711",
            ["med.patient-involved"] = "unknown",
        }));

        var refused = await admin.SendAsync(HttpMethod.Post, $"/api/crm/inquiries/{logged.GetProperty("number").GetString()}/status", new { status = "Resolved", version = logged.GetProperty("version").GetInt32(), note = "Nothing found." });

        Assert.AreEqual(400, refused.Status, refused.Body.ToString());
        CollectionAssert.Contains(refused.Body.ErrorFields().ToList(), "customFields.med.patient-involved");
    }

    [TestMethod]
    public async Task A_patient_involvement_recorded_later_flags_the_report_and_starts_its_deadline()
    {
        using var clerk = Host.ClientFor("clerk");
        using var admin = Host.ClientFor("admin");
        var (_, logged) = await clerk.SendAsync(HttpMethod.Post, "/api/crm/inquiries", Complaint(new Dictionary<string, object?> { ["med.device-serial"] = "SN-0815" }));
        var number = logged.GetProperty("number").GetString()!;

        var (status, saved) = await admin.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/inquiries/{number}", new
        {
            version = (await admin.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/inquiries/{number}")).Body.GetProperty("version").GetInt32(),
            values = new Dictionary<string, object?> { ["med.patient-involved"] = "yes", ["med.regulatory-report"] = "not-required" },
        });

        Assert.AreEqual(200, status, saved.ToString());
        var values = (await admin.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/inquiries/{number}")).Body.GetProperty("values");
        Assert.AreEqual("required", values.GetProperty("med.regulatory-report").GetString(), "a patient was involved: not the clerk's call");
        var report = await ReportRowAsync(number, r => r is not null);
        Assert.AreEqual(("required", TimeSpan.FromDays(15)), (report.Status, report.Window));
    }

    [TestMethod]
    public async Task The_facility_fields_of_an_account_round_trip_and_an_unknown_facility_type_is_refused()
    {
        using var rep = Host.ClientFor("rep");

        var wrong = await rep.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/accounts/{CraftedSales.Practice}", new { version = 0, values = new Dictionary<string, object?> { ["med.facility-type"] = "veterinary" } });
        var (status, saved) = await rep.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/accounts/{CraftedSales.Practice}", new
        {
            version = 0,
            values = new Dictionary<string, object?> { ["med.facility-type"] = "practice", ["med.regulatory-contact"] = "Dr. Süd, +49 30 1234567" },
        });
        var read = (await rep.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/accounts/{CraftedSales.Practice}")).Body.GetProperty("values");

        Assert.AreEqual(400, wrong.Status, wrong.Body.ToString());
        CollectionAssert.Contains(wrong.Body.ErrorFields().ToList(), "customFields.med.facility-type");
        Assert.AreEqual(200, status, saved.ToString());
        Assert.AreEqual(("practice", "Dr. Süd, +49 30 1234567"), (read.GetProperty("med.facility-type").GetString(), read.GetProperty("med.regulatory-contact").GetString()));
    }

    [TestMethod]
    public async Task A_calibration_is_completed_only_with_its_certificate_number()
    {
        using var rep = Host.ClientFor("rep");
        var (_, planned) = await rep.SendAsync(HttpMethod.Post, "/api/crm/activities", new { type = "med.calibration", subject = "Calibrate ECG recorder", accountKey = CraftedSales.Hospital });
        var id = planned.GetProperty("id").GetInt64();

        var refused = await rep.SendAsync(HttpMethod.Post, $"/api/crm/activities/{id}/complete", new { version = planned.GetProperty("version").GetInt32(), outcome = "Calibrated." });
        var recorded = await rep.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/activities/{id}", new { version = 0, values = new Dictionary<string, object?> { ["med.certificate-number"] = "KAL-2026-0042" } });
        var current = (await rep.SendAsync(HttpMethod.Get, $"/api/crm/activities/{id}")).Body;
        var completed = await rep.SendAsync(HttpMethod.Post, $"/api/crm/activities/{id}/complete", new { version = current.GetProperty("version").GetInt32(), outcome = "Calibrated." });

        Assert.AreEqual(400, refused.Status, refused.Body.ToString());
        CollectionAssert.Contains(refused.Body.ErrorFields().ToList(), "customFields.med.certificate-number");
        Assert.AreEqual(200, recorded.Status, recorded.Body.ToString());
        Assert.AreEqual(200, completed.Status, completed.Body.ToString());
    }

    [TestMethod]
    public async Task An_inquiry_of_another_category_with_a_patient_involved_goes_to_the_quality_team()
    {
        using var clerk = Host.ClientFor("clerk");

        var (status, logged) = await clerk.SendAsync(HttpMethod.Post, "/api/crm/inquiries", new
        {
            accountKey = CraftedSales.Hospital,
            subject = "Wrong infusion set delivered, a patient received it",
            channel = "Phone",
            category = "general",
            customFields = new Dictionary<string, object?> { ["med.patient-involved"] = "yes" },
        });

        Assert.AreEqual(201, status, logged.ToString());
        Assert.AreEqual("quality", logged.GetProperty("team").GetString());
    }

    private static object Complaint(Dictionary<string, object?> customFields) => new
    {
        accountKey = CraftedSales.Hospital,
        subject = "ECG recorder shows implausible values",
        channel = "Phone",
        category = "med.complaint",
        customFields,
    };

    private static List<string?> Codes(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("code").GetString())];

    private async Task<List<JsonElement>> MyActivitiesAsync(string user)
    {
        using var client = Host.ClientFor(user);
        return [.. (await client.SendAsync(HttpMethod.Get, "/api/crm/activities/mine?pageSize=200")).Body.GetProperty("items").EnumerateArray()];
    }

    private Task<ReportRow> ReportRowAsync(string number, Func<ReportRow?, bool> done) =>
        HostApi.EventuallyAsync(
            async () =>
            {
                await using var connection = await Database.OpenConnectionAsync();
                var row = await connection.QuerySingleOrDefaultAsync<ReportRow>(
                    "SELECT status AS Status, assignee AS Assignee, aware_at AS AwareAt, deadline_at AS DeadlineAt, filed_at AS FiledAt FROM med_vigilance_reports WHERE inquiry_number = @number",
                    new { number });
                return done(row) ? row : null;
            },
            $"the vigilance report row of {number}");

    // Timestamps as the provider hands them out: text on SQLite, DateTime elsewhere.
    private sealed class ReportRow
    {
        public string Status { get; init; } = string.Empty;

        public string? Assignee { get; init; }

        public object AwareAt { get; init; } = DBNull.Value;

        public object DeadlineAt { get; init; } = DBNull.Value;

        public object? FiledAt { get; init; }

        public TimeSpan Window => Instant(DeadlineAt) - Instant(AwareAt);

        private static DateTime Instant(object value) => value as DateTime? ?? DateTime.Parse((string)value, CultureInfo.InvariantCulture);
    }
}
