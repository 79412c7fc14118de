using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Inquiries;

/// <summary>
/// Inquiry handling on a real database with Host.Sample's ERP data: logging, routing, service
/// targets with a controlled clock, lifecycle, permissions, duplicates, lists and concurrency.
/// </summary>
public abstract class InquiryContract
{
    // Friday 27 November 2026, 16:30 in Berlin: half an hour of the working week is left.
    private static readonly DateTimeOffset FridayEvening = new(2026, 11, 27, 16, 30, 0, TimeSpan.FromHours(1));
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private IInquiryService Inquiries => AddOn.Container.Resolve<IInquiryService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(FridayEvening.Date)), InquiryTestSettings.For("HostSample"), new FixedClock(FridayEvening, Berlin), RecallCategory.Register);
        SignIn("clerk", CrmRoles.OrderClerk);
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
    public async Task Logging_the_minimum_numbers_routes_and_starts_targets_in_business_hours()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Where is my order?", InquiryChannel.Phone));

        Assert.AreEqual("INQ-2026-000001", inquiry.Number);
        Assert.AreEqual(InquiryStatus.New, inquiry.Status);
        Assert.AreEqual(InquiryPriority.Normal, inquiry.Priority);
        Assert.AreEqual("general", inquiry.Category);
        Assert.AreEqual("service", inquiry.Team);
        Assert.AreEqual("clerk", inquiry.Assignee);
        Assert.AreEqual("clerk", inquiry.CreatedBy);

        // 8 business hours: Friday 16:30–17:00, then Monday 08:00–12:00 and 13:00–16:30.
        Assert.AreEqual(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.FromHours(1)), inquiry.FirstResponse.DueAt);

        // 40 business hours: the same half hour, four full days, and Friday until 16:30.
        Assert.AreEqual(new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.FromHours(1)), inquiry.Resolution.DueAt);
        Assert.IsFalse(inquiry.Resolution.IsAtRisk || inquiry.Resolution.IsBreached);

        var timeline = await Inquiries.GetTimelineAsync(inquiry.Number);
        Assert.HasCount(1, timeline);
        Assert.AreEqual("Logged", timeline[0].Kind);
        Assert.AreEqual("clerk", timeline[0].By);
    }

    [TestMethod]
    public async Task Holidays_do_not_count_towards_a_target()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        AddOn.Clock.Advance(new DateTimeOffset(2026, 12, 23, 16, 0, 0, TimeSpan.FromHours(1)) - FridayEvening);
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Before the holidays", InquiryChannel.Email));

        // 8 business hours: one on Wednesday 23rd; the 24th and 25th are holidays, then a weekend;
        // four on Monday morning and three more after lunch.
        Assert.AreEqual(new DateTimeOffset(2026, 12, 28, 16, 0, 0, TimeSpan.FromHours(1)), inquiry.FirstResponse.DueAt);
    }

    [TestMethod]
    public async Task A_team_hands_out_inquiries_round_robin()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var assignees = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            assignees.Add((await Inquiries.LogAsync(new LogInquiry(account, $"Question {i}", InquiryChannel.Email))).Assignee);
        }

        CollectionAssert.AreEqual(new[] { "clerk", "clerk2", "clerk3", "clerk" }, assignees);
    }

    [TestMethod]
    public async Task Invoice_disputes_go_to_finance_by_least_open_load()
    {
        var (account, _, invoice) = await AnOrderWithInvoiceAsync();
        var first = await Inquiries.LogAsync(new LogInquiry(account, "Wrong amount", InquiryChannel.Letter, InvoiceKey: invoice, Category: "invoice-dispute"));
        var second = await Inquiries.LogAsync(new LogInquiry(account, "Wrong discount", InquiryChannel.Letter, InvoiceKey: invoice, Category: "invoice-dispute"));

        Assert.AreEqual(("finance", "finance"), (first.Team, first.Assignee));
        Assert.AreEqual(("finance", "finance2"), (second.Team, second.Assignee));
        Assert.AreEqual(InquiryPriority.High, first.Priority, "the category's default priority");

        SignIn("finance", CrmRoles.Finance);
        await Inquiries.ChangeStatusAsync(first.Number, InquiryStatus.Resolved, first.Version, "Credit note sent.");
        var third = await Inquiries.LogAsync(new LogInquiry(account, "Another dispute", InquiryChannel.Letter, Category: "invoice-dispute"));
        Assert.AreEqual("finance", third.Assignee, "finance has no open inquiry left, finance2 has one");
    }

    [TestMethod]
    public async Task Complaints_go_to_the_account_owner_when_there_is_one()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var other = await AnotherAccountAsync(account);
        SignIn("manager", CrmRoles.SalesManager);
        await AddOn.Container.Resolve<IAccountOwners>().AssignAsync(account, "clerk2", 0);

        var owned = await Inquiries.LogAsync(new LogInquiry(account, "Broken pallet", InquiryChannel.Phone, Category: "complaint"));
        var unowned = await Inquiries.LogAsync(new LogInquiry(other, "Broken pallet", InquiryChannel.Phone, Category: "complaint"));

        Assert.AreEqual(("service", "clerk2"), (owned.Team, owned.Assignee));
        Assert.AreEqual("service", unowned.Team, "no owner: the default team");
    }

    [TestMethod]
    public async Task An_order_or_invoice_of_another_account_is_refused_and_nothing_is_written()
    {
        var (account, order, invoice) = await AnOrderWithInvoiceAsync();
        var other = await AnotherAccountAsync(account);

        var e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.LogAsync(new LogInquiry(other, "Where is it?", InquiryChannel.Phone, OrderKey: order)));
        Assert.IsTrue(e.Errors.ContainsKey("orderKey"));
        e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.LogAsync(new LogInquiry(other, "Wrong amount", InquiryChannel.Phone, InvoiceKey: invoice)));
        Assert.IsTrue(e.Errors.ContainsKey("invoiceKey"));
        e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.LogAsync(new LogInquiry(account, "Where is it?", InquiryChannel.Phone, OrderKey: "99999999")));
        Assert.IsTrue(e.Errors.ContainsKey("orderKey"));
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Inquiries.LogAsync(new LogInquiry("NO-SUCH-ACCOUNT", "Hello", InquiryChannel.Phone)));

        Assert.AreEqual(0, await CountAsync("crm_inquiries"));
    }

    [TestMethod]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.LogAsync(
            new LogInquiry(account, "  ", (InquiryChannel)42, Text: new string('t', 4001), ContactName: "Anna\u0000", Category: "weather", Priority: (InquiryPriority)9)));

        CollectionAssert.IsSubsetOf(new[] { "subject", "channel", "text", "contactName", "category", "priority" }, e.Errors.Keys.ToList());
        Assert.AreEqual(0, await CountAsync("crm_inquiries"));
        Assert.AreEqual(0, await CountAsync("crm_inquiry_timeline"));
    }

    [TestMethod]
    public async Task A_second_open_inquiry_about_the_same_order_is_offered_the_existing_one()
    {
        var (account, order, _) = await AnOrderWithInvoiceAsync();
        var first = await Inquiries.LogAsync(new LogInquiry(account, "Where is my order?", InquiryChannel.Phone, OrderKey: order));

        var duplicate = await Assert.ThrowsExactlyAsync<CrmDuplicateException>(() => Inquiries.LogAsync(new LogInquiry(account, "Still waiting", InquiryChannel.Email, OrderKey: order)));
        CollectionAssert.AreEqual(new[] { first.Number }, duplicate.Existing.ToList());

        var allowed = await Inquiries.LogAsync(new LogInquiry(account, "Different question", InquiryChannel.Email, OrderKey: order, AllowDuplicate: true));
        Assert.AreNotEqual(first.Number, allowed.Number);

        SignIn("clerk", CrmRoles.OrderClerk);
        await Inquiries.ChangeStatusAsync(first.Number, InquiryStatus.Resolved, first.Version, "Shipped today.");
        await Inquiries.ChangeStatusAsync(allowed.Number, InquiryStatus.Resolved, allowed.Version, "Answered.");
        var afterResolving = await Inquiries.LogAsync(new LogInquiry(account, "New question", InquiryChannel.Phone, OrderKey: order));
        Assert.AreEqual(InquiryStatus.New, afterResolving.Status);
    }

    [TestMethod]
    public async Task The_lifecycle_is_enforced_and_every_step_lands_on_the_timeline()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Question", InquiryChannel.WalkIn));

        var closedTooEarly = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Closed, inquiry.Version, null));
        Assert.IsTrue(closedTooEarly.Errors.ContainsKey("status"));

        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.InProgress, inquiry.Version, null);
        Assert.IsNotNull(inquiry.FirstResponse.MetAt, "leaving New is the first response");
        var noNote = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, " "));
        Assert.IsTrue(noNote.Errors.ContainsKey("note"));
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version - 1, "Done."));

        inquiry = await Inquiries.CommentAsync(inquiry.Number, "Called back, customer happy.");
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Explained the delivery times.");
        Assert.AreEqual("Explained the delivery times.", inquiry.ResolutionNote);
        Assert.IsNotNull(inquiry.Resolution.MetAt);
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.InProgress, inquiry.Version, "Customer called again.");
        Assert.IsNull(inquiry.Resolution.MetAt, "reopened");
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Sorted for good.");
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Closed, inquiry.Version, null);
        Assert.AreEqual(InquiryStatus.Closed, inquiry.Status);

        var timeline = await Inquiries.GetTimelineAsync(inquiry.Number);
        CollectionAssert.AreEqual(
            new[] { "Logged", "StatusChanged", "Comment", "StatusChanged", "StatusChanged", "StatusChanged", "StatusChanged" },
            timeline.Select(t => t.Kind).ToList());
        Assert.AreEqual(InquiryStatus.Resolved, timeline[3].ToStatus);
        Assert.AreEqual("Explained the delivery times.", timeline[3].Text);
        Assert.IsTrue(timeline.All(t => t.By == "clerk"));
    }

    [TestMethod]
    public async Task Only_the_assignee_the_team_manager_or_an_admin_may_close()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Question", InquiryChannel.Phone));
        Assert.AreEqual("clerk", inquiry.Assignee);
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Answered.");

        SignIn("clerk2", CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Closed, inquiry.Version, null));

        SignIn("manager", CrmRoles.SalesManager);
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Closed, inquiry.Version, null);

        SignIn("clerk2", CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.InProgress, inquiry.Version, "Reopen"));

        SignIn("boss", CrmRoles.Admin);
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.InProgress, inquiry.Version, "Reopened by admin.");
        Assert.AreEqual(InquiryStatus.InProgress, inquiry.Status);

        SignIn("nobody");
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Inquiries.GetAsync(inquiry.Number));
    }

    [TestMethod]
    public async Task Waiting_on_the_customer_pauses_the_resolution_clock()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        AddOn.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(16.5)); // Monday 30 Nov 09:00
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Need a certificate", InquiryChannel.Email));
        var dueBefore = inquiry.Resolution.DueAt;

        AddOn.Clock.Advance(TimeSpan.FromHours(25)); // Tuesday 10:00
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.WaitingOnCustomer, inquiry.Version, "Asked for the batch number.");
        Assert.IsTrue(inquiry.Resolution.IsPaused);

        AddOn.Clock.Advance(TimeSpan.FromDays(6)); // the next Monday 10:00
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.InProgress, inquiry.Version, "Customer answered.");

        // Paused Tuesday 10:00 until Monday 10:00: 6 h on Tuesday, 8 h on each of three days, 2 h on
        // Monday — 32 business hours, four working days: the due time moves from Monday to Friday.
        Assert.IsFalse(inquiry.Resolution.IsPaused);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1)), dueBefore);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.FromHours(1)), inquiry.Resolution.DueAt);
    }

    [TestMethod]
    public async Task Lists_for_clerks_and_managers_filter_sort_and_page()
    {
        var (account, order, invoice) = await AnOrderWithInvoiceAsync();
        var other = await AnotherAccountAsync(account);
        var aboutOrder = await Inquiries.LogAsync(new LogInquiry(account, "Where is the pallet?", InquiryChannel.Phone, OrderKey: order));
        var aboutInvoice = await Inquiries.LogAsync(new LogInquiry(account, "Invoice total wrong", InquiryChannel.Email, InvoiceKey: invoice, Category: "invoice-dispute"));
        var urgent = await Inquiries.LogAsync(new LogInquiry(other, "Line stopped, need parts", InquiryChannel.Phone, Priority: InquiryPriority.Urgent));

        Assert.AreEqual(1, (await Find(InquiryView.Mine)).TotalCount, "clerk got the first of the round robin");
        Assert.AreEqual(2, (await Find(InquiryView.MyTeams)).TotalCount, "the service team's two");
        Assert.AreEqual(1, (await Find(InquiryView.Open, orderKey: order)).TotalCount);
        Assert.AreEqual(aboutInvoice.Number, (await Find(InquiryView.Open, invoiceKey: invoice)).Items.Single().Number);
        Assert.AreEqual(2, (await Find(InquiryView.All, accountKey: account)).TotalCount);
        Assert.AreEqual(aboutOrder.Number, (await Find(InquiryView.Open, search: "PALLET")).Items.Single().Number);
        Assert.AreEqual(urgent.Number, (await Find(InquiryView.Open, search: urgent.Number[^4..])).Items.Single().Number);
        Assert.AreEqual(urgent.Number, (await Find(InquiryView.Open, sort: InquirySort.Priority)).Items[0].Number);
        Assert.AreEqual(urgent.Number, (await Find(InquiryView.Open, sort: InquirySort.Newest)).Items[0].Number);

        // Urgent: first response due after 1 business hour (Monday 08:30), at risk from 08:15.
        Assert.AreEqual(0, (await Find(InquiryView.Overdue)).TotalCount);
        AddOn.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(15.75)); // Monday 08:15
        Assert.AreEqual(urgent.Number, (await Find(InquiryView.AtRisk)).Items.Single().Number);
        AddOn.Clock.Advance(TimeSpan.FromMinutes(30)); // Monday 08:45
        var overdue = await Find(InquiryView.Overdue);
        Assert.AreEqual(urgent.Number, overdue.Items.Single().Number);
        Assert.IsTrue(overdue.Items.Single().FirstResponse.IsBreached);

        var paged = await Inquiries.FindAsync(new InquiryQuery(InquiryView.Open, new PageRequest(2, 2)));
        Assert.AreEqual(3, paged.TotalCount);
        Assert.HasCount(1, paged.Items);
    }

    [TestMethod]
    public async Task Concurrent_logging_loses_no_inquiry_and_repeats_no_number()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        const int count = 40;
        var logged = await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await using var scope = AddOn.Container.BeginLifetimeScope();
            return await scope.Resolve<IInquiryService>().LogAsync(new LogInquiry(account, $"Call {i}", InquiryChannel.Phone));
        })));

        var numbers = logged.Select(i => i.Number).ToList();
        Assert.HasCount(count, numbers.Distinct());
        CollectionAssert.AreEquivalent(Enumerable.Range(1, count).Select(n => $"INQ-2026-{n:000000}").ToList(), numbers);
        Assert.AreEqual(count, await CountAsync("crm_inquiries"));
        Assert.AreEqual(count, await CountAsync("crm_inquiry_timeline"));
        var perAssignee = logged.GroupBy(i => i.Assignee).Select(g => g.Count()).ToList();
        Assert.IsTrue(perAssignee.Max() - perAssignee.Min() <= 1, "round robin stays even under concurrency");
    }

    [TestMethod]
    public async Task Every_change_enqueues_its_event_in_the_same_transaction()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Question", InquiryChannel.Phone));
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Answered.");
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Closed, inquiry.Version - 1, null));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        var types = (await connection.QueryAsync<string>("SELECT event_type FROM crm_outbox ORDER BY id")).ToList();
        CollectionAssert.AreEqual(new[] { "InquiryLogged", "InquiryAssigned", "InquiryStatusChanged", "InquiryResolved" }.Select(n => "Crm.Abstractions.Inquiries." + n).ToList(), types);
    }

    [TestMethod]
    public async Task Two_hosts_logging_at_once_never_repeat_a_number()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        await using var secondHost = await AddOnUnderTest.StartAsync(_run!.Database, InquiryTestSettings.For("HostSample"), new FixedClock(FridayEvening, Berlin));
        secondHost.User.UserName = "clerk2";
        secondHost.User.SetRoles(CrmRoles.OrderClerk);

        var logged = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            var host = i % 2 == 0 ? AddOn : secondHost;
            await using var scope = host.Container.BeginLifetimeScope();
            return await scope.Resolve<IInquiryService>().LogAsync(new LogInquiry(account, $"Call {i}", InquiryChannel.Phone));
        })));

        Assert.HasCount(30, logged.Select(i => i.Number).Distinct());
        Assert.AreEqual(30, await CountAsync("crm_inquiries"));
    }

    [TestMethod]
    public async Task A_plugins_category_is_offered_and_routed()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        Assert.IsTrue(Inquiries.Categories.Any(c => c.Code == RecallCategory.Code));
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Is my vehicle affected?", InquiryChannel.Phone, Category: RecallCategory.Code));
        Assert.AreEqual(("finance", InquiryPriority.Urgent), (inquiry.Team, inquiry.Priority), "the category's own team and priority");
    }

    [TestMethod]
    public async Task A_manager_reassigns_within_a_team_and_only_to_members()
    {
        var (account, _, _) = await AnOrderWithInvoiceAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Question", InquiryChannel.Phone));
        SignIn("manager", CrmRoles.SalesManager);

        var notMember = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.AssignAsync(inquiry.Number, "finance", "clerk", inquiry.Version));
        Assert.IsTrue(notMember.Errors.ContainsKey("assignee"));
        var unknownTeam = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Inquiries.AssignAsync(inquiry.Number, "marketing", null, inquiry.Version));
        Assert.IsTrue(unknownTeam.Errors.ContainsKey("team"));

        inquiry = await Inquiries.AssignAsync(inquiry.Number, "finance", "finance2", inquiry.Version);
        Assert.AreEqual(("finance", "finance2"), (inquiry.Team, inquiry.Assignee));
        var last = (await Inquiries.GetTimelineAsync(inquiry.Number))[^1];
        Assert.AreEqual(("Assigned", "finance2", "manager"), (last.Kind, last.Assignee, last.By));
    }

    private Task<Page<Inquiry>> Find(InquiryView view, string? accountKey = null, string? orderKey = null, string? invoiceKey = null, string? search = null, InquirySort sort = InquirySort.DueFirst) =>
        Inquiries.FindAsync(new InquiryQuery(view, new PageRequest(1, 50), accountKey, orderKey, invoiceKey, null, null, search, sort));

    private void SignIn(string userName, params string[] roles)
    {
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    // A customer with an order that has an invoice.
    private async Task<(string Account, string Order, string Invoice)> AnOrderWithInvoiceAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var row = await connection.QueryFirstAsync<(string Account, object Order, string Invoice)>(
            "SELECT customer_no, order_no, invoice_no FROM erp_invoices WHERE order_no IS NOT NULL ORDER BY invoice_no");
        return (row.Account, Convert.ToString(row.Order, System.Globalization.CultureInfo.InvariantCulture)!, row.Invoice);
    }

    private async Task<string> AnotherAccountAsync(string account)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.QueryFirstAsync<string>("SELECT customer_no FROM erp_customers WHERE customer_no <> @account ORDER BY customer_no", new { account });
    }
}

[TestClass]
public sealed class SqliteInquiryTests : InquiryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresInquiryTests : InquiryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerInquiryTests : InquiryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
