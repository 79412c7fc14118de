using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Testing.Databases;
using ErpCrm.MedicalDevices.Complaints;
using ErpCrm.MedicalDevices.Tests.Complaints;
using ErpCrm.MedicalDevices.Tests.Infrastructure;
using ErpCrm.MedicalDevices.Vigilance;

namespace ErpCrm.MedicalDevices.Tests.Vigilance;

/// <summary>
/// The vigilance report table on real databases: written by the after-commit handler, caught up and
/// marked overdue by the job, and read by the deadline rule.
/// </summary>
[TestClass]
public sealed class VigilanceReportTests
{
    private static readonly DateTimeOffset Aware = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_report_that_becomes_required_gets_a_deadline_15_days_on_and_filing_is_recorded(DatabaseEngine engine)
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        PluginTables.Create(database);
        var reports = new VigilanceReports(database);
        var fields = new StoredFieldValues();
        var recorder = new VigilanceReportRecorder(reports, fields);

        fields.Set(CustomFieldEntity.Inquiry, "INQ-1", ComplaintFields.RegulatoryReport, ReportState.Required);
        await recorder.HandleAsync(Changed("INQ-1", Aware), CancellationToken.None);
        await recorder.HandleAsync(new InquiryAssigned("INQ-1", "quality", "qm", null, null) { EventId = Guid.NewGuid(), OccurredAt = Aware }, CancellationToken.None);
        var flagged = await reports.FindAsync("INQ-1");
        fields.Set(CustomFieldEntity.Inquiry, "INQ-1", ComplaintFields.RegulatoryReport, ReportState.Filed);
        await recorder.HandleAsync(Changed("INQ-1", Aware.AddDays(3)), CancellationToken.None);
        await recorder.HandleAsync(Changed("INQ-1", Aware.AddDays(1)), CancellationToken.None);
        var filed = await reports.FindAsync("INQ-1");

        Assert.IsNotNull(flagged);
        Assert.AreEqual(("required", "qm", Aware, Aware.AddDays(15)), (flagged.Status, flagged.Assignee, flagged.AwareAt, flagged.DeadlineAt));
        Assert.IsNotNull(filed);
        Assert.AreEqual(("filed", Aware.AddDays(3)), (filed.Status, filed.FiledAt), "the late, older change does not move the filing time");
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_report_set_back_to_not_required_stops_being_open_and_older_changes_do_not_reopen_it(DatabaseEngine engine)
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        PluginTables.Create(database);
        var reports = new VigilanceReports(database);
        var fields = new StoredFieldValues().Set(CustomFieldEntity.Inquiry, "INQ-6", ComplaintFields.RegulatoryReport, ReportState.Required);
        var recorder = new VigilanceReportRecorder(reports, fields);
        await recorder.HandleAsync(Changed("INQ-6", Aware), CancellationToken.None);

        fields.Set(CustomFieldEntity.Inquiry, "INQ-6", ComplaintFields.RegulatoryReport, ReportState.NotRequired);
        await recorder.HandleAsync(Changed("INQ-6", Aware.AddHours(2)), CancellationToken.None);
        await reports.RecordAsync("INQ-6", ReportState.Required, Aware.AddHours(1));

        Assert.AreEqual(ReportState.NotRequired, (await reports.FindAsync("INQ-6"))?.Status);
        Assert.IsEmpty(await reports.UnfiledAsync(null));
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_complaint_logged_with_a_required_report_counts_from_its_logging_and_notes_customer_and_assignee(DatabaseEngine engine)
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        PluginTables.Create(database);
        var reports = new VigilanceReports(database);
        var logged = ChangeContexts.Logged("INQ-2", ComplaintCategory.Code);
        var fields = new StoredFieldValues().Set(CustomFieldEntity.Inquiry, "INQ-2", ComplaintFields.RegulatoryReport, ReportState.Required);

        await new VigilanceReportRecorder(reports, fields).HandleAsync(logged, CancellationToken.None);
        await new VigilanceReportRecorder(reports, fields).HandleAsync(logged, CancellationToken.None);

        var report = await reports.FindAsync("INQ-2");
        Assert.IsNotNull(report);
        Assert.AreEqual(("C1", "qm", logged.Inquiry.CreatedAt.AddDays(15)), (report.AccountKey, report.Assignee, report.DeadlineAt));
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task The_rule_reminds_before_the_deadline_and_again_when_it_has_passed(DatabaseEngine engine)
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        PluginTables.Create(database);
        var reports = new VigilanceReports(database);
        await reports.RecordAsync("INQ-3", ReportState.Required, Aware);
        await reports.RecordAsync("INQ-4", ReportState.Required, Aware.AddDays(5));
        await reports.RecordAsync("INQ-5", ReportState.Filed, Aware);
        var rule = new VigilanceDeadlineRule(reports);

        var early = await RuleRuns.ProposeAsync(rule, Aware.AddDays(9), ("assignee", "prrc"));
        var near = await RuleRuns.ProposeAsync(rule, Aware.AddDays(11), ("assignee", "prrc"));
        var late = await RuleRuns.ProposeAsync(rule, Aware.AddDays(16), ("assignee", "prrc"), ("reminderDays", "2"));

        Assert.IsEmpty(early);
        Assert.AreEqual(("vigilance:INQ-3", "reminder", "med.vigilance-report", "prrc"), (near.Single().SubjectKey, near.Single().Period, near.Single().ActivityType, near.Single().Assignee));
        Assert.AreEqual(Aware.AddDays(15), near.Single().DueAt);
        Assert.AreEqual("vigilance:INQ-3/overdue", string.Join(' ', late.Select(p => $"{p.SubjectKey}/{p.Period}")), "INQ-4 is due in four days, more than two ahead");
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task The_job_catches_up_missed_changes_and_marks_overdue_reports_once(DatabaseEngine engine)
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        PluginTables.Create(database);
        var reports = new VigilanceReports(database);
        var fields = new StoredFieldValues()
            .Set(CustomFieldEntity.Inquiry, "INQ-MISSED", ComplaintFields.RegulatoryReport, ReportState.Required)
            .Set(CustomFieldEntity.Inquiry, "INQ-LATE", ComplaintFields.RegulatoryReport, ReportState.Required)
            .Set(CustomFieldEntity.Inquiry, "INQ-WITHDRAWN", ComplaintFields.RegulatoryReport, ReportState.NotRequired);
        await reports.RecordAsync("INQ-LATE", ReportState.Required, Aware);
        await reports.RecordAsync("INQ-WITHDRAWN", ReportState.Required, Aware);
        var job = new VigilanceDeadlineJob(reports, fields);
        var firstRun = Aware.AddDays(20);

        await job.ExecuteAsync(new CrmJobContext(firstRun, new Dictionary<string, string>()), CancellationToken.None);
        await job.ExecuteAsync(new CrmJobContext(firstRun.AddDays(1), new Dictionary<string, string>()), CancellationToken.None);

        var missed = await reports.FindAsync("INQ-MISSED");
        var late = await reports.FindAsync("INQ-LATE");
        var withdrawn = await reports.FindAsync("INQ-WITHDRAWN");
        Assert.IsNotNull(missed);
        Assert.AreEqual(("required", firstRun.AddDays(15), (DateTimeOffset?)null), (missed.Status, missed.DeadlineAt, missed.OverdueAt), "its deadline counts from when it was found");
        Assert.IsNotNull(late);
        Assert.AreEqual(firstRun, late.OverdueAt, "marked on the first run only");
        Assert.IsNotNull(withdrawn);
        Assert.AreEqual((ReportState.NotRequired, (DateTimeOffset?)null), (withdrawn.Status, withdrawn.OverdueAt));
    }

    // The event as the add-on raises it; its values need not show the report (enrichments are not in them).
    private static CustomFieldsChanged Changed(string number, DateTimeOffset at) =>
        new(CustomFieldEntity.Inquiry, number, new Dictionary<string, string> { [ComplaintFields.LotNumber] = "L-1" }, new Dictionary<string, string>())
        {
            EventId = Guid.NewGuid(),
            OccurredAt = at,
        };
}
