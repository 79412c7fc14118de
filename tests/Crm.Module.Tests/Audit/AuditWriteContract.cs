using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Audit;
using Crm.Module.CustomFields;
using Crm.Module.Tests.Extensibility;
using Crm.Testing;

namespace Crm.Module.Tests.Audit;

/// <summary>
/// Every write to a CRM record leaves one audit entry per record in the same transaction (the
/// actions of all its events): who, when, the action, and each changed field with its old and new
/// value; a write that rolls back leaves none.
/// </summary>
public abstract class AuditWriteContract
{
    private AuditRun? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AuditRun Run => _run!;

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Creating_updating_and_changing_a_leads_status_each_record_who_when_and_old_and_new_values()
    {
        _run = await AuditRun.StartAsync(Engine);
        Run.SignIn("rep1", CrmRoles.SalesRep);
        var leads = Run.Resolve<ILeadService>();
        var lead = (await leads.CreateAsync(new LeadInput("Neue Kaffee GmbH", "Jana Neu", "jana@neue-kaffee.de", null, "DE", "80331", "München", "referral"))).Lead;
        Run.AddOn.Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await leads.UpdateAsync(lead.Id, new LeadInput("Neue Kaffee GmbH", "Jana Neu", "jana@neue-kaffee.de", null, "DE", "80331", "Augsburg", "referral"), lead.Version);
        Run.SignIn("anna", CrmRoles.SalesManager);
        Run.AddOn.Clock.Advance(TimeSpan.FromMinutes(5));
        await leads.ChangeStatusAsync(lead.Id, LeadStatus.Contacted, null, updated.Version);

        var entries = await Run.EntriesAsync(AuditedRecord.Lead, Key(lead.Id));

        CollectionAssert.AreEqual(new[] { "LeadCreated", "LeadUpdated", "LeadStatusChanged" }, entries.Select(e => e.Action).ToArray());
        CollectionAssert.AreEqual(new[] { "rep1", "rep1", "anna" }, entries.Select(e => e.UserName).ToArray());
        CollectionAssert.AreEqual(
            new[] { AuditRun.Now, AuditRun.Now.AddMinutes(5), AuditRun.Now.AddMinutes(10) },
            entries.Select(e => e.OccurredAt).ToArray());
        var created = entries[0].Changes;
        Assert.IsTrue(created.All(c => c.Old is null), "a new record had no values before");
        Assert.Contains(new AuditChange("contactName", null, "Jana Neu"), created);
        Assert.Contains(new AuditChange("status", null, "New"), created);
        Assert.Contains(new AuditChange("ownerUserName", null, "rep1"), created);
        CollectionAssert.AreEqual(new[] { new AuditChange("city", "München", "Augsburg") }, entries[1].Changes.ToArray());
        CollectionAssert.AreEqual(new[] { new AuditChange("status", "New", "Contacted") }, entries[2].Changes.ToArray());
        Assert.IsTrue((await Run.VerifyAsync()).Valid);
    }

    [TestMethod]
    public async Task A_comment_a_status_note_and_a_custom_field_show_what_was_added()
    {
        _run = await AuditRun.StartAsync(Engine);
        Run.SignIn("clerk", CrmRoles.OrderClerk);
        var inquiries = Run.Resolve<IInquiryService>();
        var inquiry = await inquiries.LogAsync(new LogInquiry(await Run.AnAccountAsync(), "Where is my order?", InquiryChannel.Email));
        var commented = await inquiries.CommentAsync(inquiry.Number, "Called the warehouse.");
        var progressing = await inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.InProgress, commented.Version, "Parcel found.");
        var fields = Run.Resolve<CustomFieldService>();
        await fields.UpdateAsync(CustomFieldEntity.Inquiry, inquiry.Number, new Dictionary<string, string?> { [InquiryPlugin.VinField] = "WVWZZZ1JZXW000001" }, 0, CancellationToken.None);
        await fields.UpdateAsync(CustomFieldEntity.Inquiry, inquiry.Number, new Dictionary<string, string?> { [InquiryPlugin.VinField] = null }, 1, CancellationToken.None);

        var entries = await Run.EntriesAsync(AuditedRecord.Inquiry, inquiry.Number);

        var comment = entries.Single(e => e.Action == "InquiryCommented");
        Assert.AreEqual("clerk", comment.UserName);
        Assert.Contains(new AuditChange("comment", null, "Called the warehouse."), comment.Changes);
        var status = entries.Single(e => e.Action == "InquiryStatusChanged");
        Assert.Contains(new AuditChange("status", commented.Status.ToString(), progressing.Status.ToString()), status.Changes);
        Assert.Contains(new AuditChange("note", null, "Parcel found."), status.Changes);
        var fieldEntries = entries.Where(e => e.Action == "CustomFieldsChanged").ToList();
        Assert.AreEqual(2, fieldEntries.Count);
        CollectionAssert.AreEqual(new[] { new AuditChange("customFields." + InquiryPlugin.VinField, null, "WVWZZZ1JZXW000001") }, fieldEntries[0].Changes.ToArray());
        CollectionAssert.AreEqual(new[] { new AuditChange("customFields." + InquiryPlugin.VinField, "WVWZZZ1JZXW000001", null) }, fieldEntries[1].Changes.ToArray());
    }

    [TestMethod]
    public async Task Logging_an_inquiry_is_one_entry_naming_both_of_its_events_and_the_outbox_holds_both()
    {
        _run = await AuditRun.StartAsync(Engine);
        Run.SignIn("clerk", CrmRoles.OrderClerk);
        var inquiry = await Run.Resolve<IInquiryService>().LogAsync(new LogInquiry(await Run.AnAccountAsync(), "Where is my order?", InquiryChannel.Email));

        var entries = await Run.EntriesAsync(AuditedRecord.Inquiry, inquiry.Number);

        var logged = entries.Single();
        Assert.AreEqual(("InquiryLogged, InquiryAssigned", "clerk"), (logged.Action, logged.UserName));
        Assert.IsTrue(logged.Changes.All(c => c.Old is null), "a new record had no values before");
        Assert.Contains(new AuditChange("status", null, "New"), logged.Changes);
        Assert.Contains(new AuditChange("team", null, "service"), logged.Changes);
        Assert.Contains(new AuditChange("assignee", null, "clerk"), logged.Changes);
        var events = await Run.QueryAsync<string>("SELECT event_type FROM crm_outbox WHERE payload LIKE @number ORDER BY id", new { number = "%" + inquiry.Number + "%" });
        CollectionAssert.AreEqual(new[] { "Crm.Abstractions.Inquiries.InquiryLogged", "Crm.Abstractions.Inquiries.InquiryAssigned" }, events.ToArray());
        Assert.HasCount(1, (await Run.Resolve<AuditLog>().OfUserAsync("clerk", 0, 10, CancellationToken.None)).Entries, "the user's entries hold it once");
        var verification = await Run.VerifyAsync();
        Assert.AreEqual((true, 1L), (verification.Valid, verification.LastSeq));
    }

    [TestMethod]
    public async Task Setting_a_sales_target_records_the_amount_before_and_after()
    {
        _run = await AuditRun.StartAsync(Engine);
        Run.SignIn("anna", CrmRoles.SalesManager);
        var targets = Run.Resolve<ISalesTargets>();
        var first = await targets.SetAsync("rep1", "2026-12", "EUR", 50_000.25m, 0);
        await targets.SetAsync("rep1", "2026-12", "EUR", 60_000m, first.Version);
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => targets.SetAsync("rep1", "2026-12", "EUR", 1m, first.Version));

        var entries = await Run.EntriesAsync(AuditedRecord.SalesTarget, "rep1/2026-12/EUR");

        Assert.AreEqual(2, entries.Count, "the stale write left no entry");
        Assert.IsTrue(entries.All(e => e is { Action: "SalesTargetSet", UserName: "anna" }));
        CollectionAssert.AreEqual(new[] { new AuditChange("amount", null, "50000.25") }, entries[0].Changes.ToArray());
        CollectionAssert.AreEqual(new[] { new AuditChange("amount", "50000.25", "60000") }, entries[1].Changes.ToArray());
    }

    [TestMethod]
    public async Task A_vetoed_or_stale_write_leaves_no_entry()
    {
        _run = await AuditRun.StartAsync(Engine, b => InquiryPlugin.RegisterBefore<RecallNeedsVin, InquiryLogged>(b, new RecallNeedsVin()));
        Run.SignIn("rep1", CrmRoles.SalesRep);
        var lead = (await Run.Resolve<ILeadService>().CreateAsync(new LeadInput("Stale GmbH", "Sam Stale", "sam@stale.example", null, "DE"))).Lead;
        var before = await Run.CountEntriesAsync();

        await Assert.ThrowsExactlyAsync<CrmConflictException>(() =>
            Run.Resolve<ILeadService>().UpdateAsync(lead.Id, new LeadInput("Stale GmbH", "Sam Stale", "sam@stale.example", null, "DE", City: "Köln"), lead.Version + 1));
        Run.SignIn("clerk", CrmRoles.OrderClerk);
        var account = await Run.AnAccountAsync();
        await Assert.ThrowsExactlyAsync<CrmValidationException>(() =>
            Run.Resolve<IInquiryService>().LogAsync(new LogInquiry(account, "Airbag recall", InquiryChannel.Phone, Category: Inquiries.RecallCategory.Code)));

        Assert.AreEqual(before, await Run.CountEntriesAsync());
        var verification = await Run.VerifyAsync();
        Assert.AreEqual((true, before), (verification.Valid, verification.LastSeq), "no number was used by the rolled-back writes");
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}

[TestClass]
public sealed class SqliteAuditWriteTests : AuditWriteContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresAuditWriteTests : AuditWriteContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerAuditWriteTests : AuditWriteContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
