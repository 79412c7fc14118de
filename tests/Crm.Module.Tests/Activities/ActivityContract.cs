using Autofac;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Activities;

/// <summary>Activities on a real database: planning, my work, completion with chaining, cancelling, permissions.</summary>
public abstract class ActivityContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private IActivityService Activities => AddOn.Container.Resolve<IActivityService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), InquiryTestSettings.For("HostSample"), new FixedClock(Now), ServiceCallType.Register);
        SignIn("rep", CrmRoles.SalesRep);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task My_work_lists_open_activities_soonest_due_first_and_undated_last()
    {
        await Activities.PlanAsync(new PlanActivity("task", "Undated", "C10001"));
        var later = await Activities.PlanAsync(new PlanActivity("call", "Later", "C10001", DueAt: Now.AddDays(3), DurationMinutes: 15));
        var sooner = await Activities.PlanAsync(new PlanActivity("meeting", "Sooner", "C10002", DueAt: Now.AddHours(2), DurationMinutes: 60));
        await Activities.PlanAsync(new PlanActivity("task", "Someone else's", "C10001", Assignee: "manager"));
        var done = await Activities.PlanAsync(new PlanActivity("email", "Done already", "C10001", DueAt: Now.AddHours(1)));
        await Activities.CompleteAsync(done.Id, "Sent.", done.Version);

        var work = await Activities.MyWorkAsync(PageRequest.First);

        CollectionAssert.AreEqual(new[] { sooner.Id, later.Id }, work.Items.Take(2).Select(a => a.Id).ToList());
        Assert.AreEqual("Undated", work.Items[2].Subject);
        Assert.AreEqual(3, work.TotalCount);
        Assert.AreEqual("rep", sooner.Assignee, "planned for the signed-in user by default");
    }

    [TestMethod]
    public async Task Completing_an_activity_plans_its_automatic_next_step_and_suggests_others()
    {
        var call = await Activities.PlanAsync(new PlanActivity(ServiceCallType.Code, "Service due soon", "C10001", DueAt: Now.AddDays(1)));
        AddOn.Clock.Advance(TimeSpan.FromHours(5));

        var completion = await Activities.CompleteAsync(call.Id, "Customer books next week.", call.Version);

        Assert.AreEqual(ActivityStatus.Done, completion.Completed.Status);
        Assert.AreEqual("Customer books next week.", completion.Completed.Outcome);
        Assert.IsNotNull(completion.Next);
        Assert.AreEqual(("email", call.Id, "rep"), (completion.Next.Type, completion.Next.PreviousId, completion.Next.Assignee));
        Assert.AreEqual(Now.AddHours(5).AddDays(2), completion.Next.DueAt, "two days after completion");
        CollectionAssert.AreEqual(new[] { "meeting" }, completion.SuggestedNext.ToList());

        var plain = await Activities.PlanAsync(new PlanActivity("call", "Plain call", "C10001"));
        var plainDone = await Activities.CompleteAsync(plain.Id, null, plain.Version);
        Assert.IsNull(plainDone.Next);
        CollectionAssert.AreEqual(new[] { "email", "meeting", "task" }, plainDone.SuggestedNext.ToList());
    }

    [TestMethod]
    public async Task Only_the_assignee_a_manager_or_an_admin_closes_and_only_at_the_version_read()
    {
        var task = await Activities.PlanAsync(new PlanActivity("task", "Send catalogue", "C10001"));

        SignIn("clerk", CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.CompleteAsync(task.Id, null, task.Version));

        SignIn("rep", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Activities.CompleteAsync(task.Id, null, task.Version + 1));
        var cancelled = await Activities.CancelAsync(task.Id, "Customer has one.", task.Version);
        Assert.AreEqual(ActivityStatus.Cancelled, cancelled.Status);
        var again = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.CompleteAsync(task.Id, null, cancelled.Version));
        Assert.IsTrue(again.Errors.ContainsKey("status"));

        SignIn("boss", CrmRoles.Admin);
        var other = await Activities.PlanAsync(new PlanActivity("task", "Other", "C10001", Assignee: "rep"));
        Assert.AreEqual(ActivityStatus.Done, (await Activities.CompleteAsync(other.Id, "Done by the admin.", other.Version)).Completed.Status);
    }

    [TestMethod]
    public async Task An_open_activity_is_reassigned_by_its_assignee_or_a_manager_at_the_version_read()
    {
        var task = await Activities.PlanAsync(new PlanActivity("task", "Send samples", "C10001"));

        SignIn("clerk", CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.ReassignAsync(task.Id, "clerk", task.Version));

        SignIn("rep", CrmRoles.SalesRep);
        var empty = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.ReassignAsync(task.Id, " ", task.Version));
        Assert.IsTrue(empty.Errors.ContainsKey("assignee"));
        var given = await Activities.ReassignAsync(task.Id, "rep2", task.Version);
        Assert.AreEqual(("rep2", task.Version + 1), (given.Assignee, given.Version));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.ReassignAsync(task.Id, "rep", given.Version), "no longer the assignee");

        SignIn("manager", CrmRoles.SalesManager);
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Activities.ReassignAsync(task.Id, "rep3", task.Version));
        Assert.AreEqual("rep", (await Activities.ReassignAsync(task.Id, "rep", given.Version)).Assignee);

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Activities.ActivityReassigned'"));
    }

    [TestMethod]
    public async Task An_open_activity_is_edited_at_the_version_read_and_its_reminder_moves()
    {
        SignIn("rep", CrmRoles.SalesRep);
        var call = await Activities.PlanAsync(new PlanActivity("call", "Call about pallets", "C10001", DueAt: Now.AddDays(1), ReminderAt: Now.AddHours(20)));

        var edited = await Activities.EditAsync(call.Id, new EditActivity("Call about pallets and crates", "Ask for the new price list.", Now.AddDays(2), 30, Now.AddDays(2).AddHours(-1)), call.Version);

        Assert.AreEqual(("Call about pallets and crates", "Ask for the new price list.", Now.AddDays(2), 30, Now.AddDays(2).AddHours(-1), call.Version + 1),
            (edited.Subject, edited.Notes, edited.DueAt, edited.DurationMinutes, edited.ReminderAt, edited.Version));
        Assert.AreEqual(edited, await Activities.GetAsync(call.Id));
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Activities.EditAsync(call.Id, new EditActivity("Stale", null, null, null, null), call.Version));

        var invalid = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.EditAsync(call.Id, new EditActivity(" ", null, null, 0, null), edited.Version));
        CollectionAssert.IsSubsetOf(new[] { "subject", "durationMinutes" }, invalid.Errors.Keys.ToList());

        SignIn("rep2", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.EditAsync(call.Id, new EditActivity("Mine now", null, null, null, null), edited.Version));

        SignIn("rep", CrmRoles.SalesRep);
        var done = (await Activities.CompleteAsync(call.Id, "Reached them.", edited.Version)).Completed;
        var closed = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.EditAsync(call.Id, new EditActivity("Too late", null, null, null, null), done.Version));
        Assert.IsTrue(closed.Errors.ContainsKey("status"));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        var payloads = (await connection.QueryAsync<string>("SELECT payload FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Activities.ActivityEdited'")).ToList();
        Assert.HasCount(1, payloads, "refused edits leave no event");
        StringAssert.Contains(payloads[0], "previousReminderAt");
    }

    [TestMethod]
    public async Task An_activity_regards_a_lead_its_planner_works_and_never_a_merged_one()
    {
        var leads = AddOn.Container.Resolve<Crm.Abstractions.Sales.ILeadService>();
        SignIn("rep", CrmRoles.SalesRep);
        var lead = (await leads.CreateAsync(new Crm.Abstractions.Sales.LeadInput("Nordwind Handel GmbH", "Jana Wolf", "jana@nordwind.example"))).Lead;

        var call = await Activities.PlanAsync(new PlanActivity("call", "First call", null, LeadId: lead.Id, ReminderAt: Now.AddHours(1)));

        Assert.AreEqual(((string?)null, (long?)lead.Id, (long?)null), (call.AccountKey, call.LeadId, call.OpportunityId));
        var nothing = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.PlanAsync(new PlanActivity("call", "About nothing", null)));
        Assert.IsTrue(nothing.Errors.ContainsKey("accountKey"));
        var unknown = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.PlanAsync(new PlanActivity("call", "Ghost", null, LeadId: 999_999)));
        Assert.IsTrue(unknown.Errors.ContainsKey("leadId"));

        SignIn("rep2", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.PlanAsync(new PlanActivity("call", "Not my lead", null, LeadId: lead.Id)));

        SignIn("rep", CrmRoles.SalesRep);
        var twin = (await leads.CreateAsync(new Crm.Abstractions.Sales.LeadInput("Nordwind Handel", "J. Wolf", "jana@nordwind.example"))).Lead;
        var survivor = await leads.MergeAsync(lead.Id, (await leads.GetAsync(lead.Id)).Version, twin.Id, twin.Version);
        var merged = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.PlanAsync(new PlanActivity("call", "Too late", null, LeadId: twin.Id)));
        StringAssert.Contains(merged.Errors["leadId"][0], $"merged into lead {survivor.Id}");
        var mine = await Activities.MyWorkAsync(PageRequest.First);
        Assert.AreEqual(lead.Id, mine.Items.Single().LeadId, "the lead's activity is the rep's work");
    }

    [TestMethod]
    public async Task An_activity_about_a_lead_is_read_by_its_assignee_and_who_works_the_lead_only()
    {
        var leads = AddOn.Container.Resolve<Crm.Abstractions.Sales.ILeadService>();
        SignIn("rep", CrmRoles.SalesRep);
        var lead = (await leads.CreateAsync(new Crm.Abstractions.Sales.LeadInput("Seegarten Bau GmbH", "Uwe Brandt", "uwe@seegarten.example"))).Lead;
        var call = await Activities.PlanAsync(new PlanActivity("call", "Price talk", null, LeadId: lead.Id, Assignee: "clerk"));

        SignIn("rep2", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.GetAsync(call.Id));
        SignIn("finance", CrmRoles.Finance);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Activities.GetAsync(call.Id));

        SignIn("clerk", CrmRoles.OrderClerk);
        Assert.AreEqual(lead.Id, (await Activities.GetAsync(call.Id)).LeadId, "the assignee reads it");
        SignIn("rep", CrmRoles.SalesRep);
        Assert.AreEqual(lead.Id, (await Activities.GetAsync(call.Id)).LeadId, "the lead's owner reads it");
        SignIn("manager", CrmRoles.SalesManager);
        Assert.AreEqual(lead.Id, (await Activities.GetAsync(call.Id)).LeadId, "the owner's manager reads it");
    }

    [TestMethod]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        var e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.PlanAsync(
            new PlanActivity("fax", " ", "C10001", DurationMinutes: 0, Notes: new string('n', 4001), Assignee: "r\u0001p")));
        CollectionAssert.IsSubsetOf(new[] { "type", "subject", "durationMinutes", "notes", "assignee" }, e.Errors.Keys.ToList());
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Activities.PlanAsync(new PlanActivity("task", "Hello", "NO-SUCH")));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities"));
    }

    [TestMethod]
    public async Task An_activity_about_an_inquiry_must_be_about_the_inquirys_account()
    {
        SignIn("clerk", CrmRoles.OrderClerk);
        var inquiry = await AddOn.Container.Resolve<IInquiryService>().LogAsync(new LogInquiry("C10001", "Where is it?", InquiryChannel.Phone));

        var callBack = await Activities.PlanAsync(new PlanActivity("call", "Call back", "C10001", InquiryNumber: inquiry.Number));
        Assert.AreEqual(inquiry.Number, callBack.InquiryNumber);
        var wrong = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Activities.PlanAsync(new PlanActivity("call", "Call back", "C10002", InquiryNumber: inquiry.Number)));
        Assert.IsTrue(wrong.Errors.ContainsKey("inquiryNumber"));
    }

    [TestMethod]
    public async Task Every_change_enqueues_its_event()
    {
        var call = await Activities.PlanAsync(new PlanActivity(ServiceCallType.Code, "Service due", "C10001"));
        await Activities.CompleteAsync(call.Id, "Booked.", call.Version);

        await using var connection = await _run!.Database.OpenConnectionAsync();
        var types = (await connection.QueryAsync<string>("SELECT event_type FROM crm_outbox ORDER BY id")).ToList();
        CollectionAssert.AreEqual(
            new[] { "ActivityPlanned", "ActivityCompleted", "ActivityPlanned" }.Select(n => "Crm.Abstractions.Activities." + n).ToList(),
            types);
    }

    [TestMethod]
    public async Task The_account_timeline_merges_activities_inquiries_orders_and_invoices_newest_first()
    {
        await Activities.PlanAsync(new PlanActivity("call", "Ask about the next order", "C10001", DueAt: Now.AddDays(1)));
        SignIn("clerk", CrmRoles.OrderClerk);
        await AddOn.Container.Resolve<IInquiryService>().LogAsync(new LogInquiry("C10001", "Where is it?", InquiryChannel.Phone));
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var orders = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_orders WHERE customer_no = 'C10001'");
        var invoices = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_invoices WHERE customer_no = 'C10001'");
        var timeline = AddOn.Container.Resolve<Crm.Abstractions.Accounts.IAccountTimeline>();

        SignIn("finance", CrmRoles.Finance);
        var everything = new List<Crm.Abstractions.Accounts.AccountTimelineEntry>();
        for (var page = 1; ; page++)
        {
            var entries = await timeline.GetAsync("C10001", [], new PageRequest(page, 50));
            Assert.AreEqual(2 + orders + invoices, entries.TotalCount);
            if (entries.Items.Count == 0)
            {
                break;
            }

            everything.AddRange(entries.Items);
        }

        Assert.HasCount((int)(2 + orders + invoices), everything);
        CollectionAssert.AreEqual(everything.Select(e => e.At).OrderDescending().ToList(), everything.Select(e => e.At).ToList(), "newest first");
        Assert.AreEqual(Crm.Abstractions.Accounts.AccountTimelineKind.Activity, everything[0].Kind, "the call is due tomorrow");
        Assert.IsTrue(everything.Where(e => e.Kind == Crm.Abstractions.Accounts.AccountTimelineKind.Order).All(e => e.Amount > 0 && e.Currency is not null));

        var onlyInvoices = await timeline.GetAsync("C10001", [Crm.Abstractions.Accounts.AccountTimelineKind.Invoice], new PageRequest(1, 200));
        Assert.AreEqual(invoices, onlyInvoices.TotalCount);

        SignIn("rep", CrmRoles.SalesRep);
        var forRep = await timeline.GetAsync("C10001", [], new PageRequest(1, 5));
        Assert.AreEqual(2 + orders, forRep.TotalCount, "a sales rep does not see invoices");
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => timeline.GetAsync("NO-SUCH", [], PageRequest.First));
    }

    private void SignIn(string userName, params string[] roles)
    {
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }
}

[TestClass]
public sealed class SqliteActivityTests : ActivityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresActivityTests : ActivityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerActivityTests : ActivityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
