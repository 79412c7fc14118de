using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.FollowUps;

/// <summary>Follow-up rules on real ERP data: the overdue-invoice rule, idempotency, concurrent runs, run records.</summary>
public abstract class FollowUpContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private IFollowUpService FollowUps => AddOn.Container.Resolve<IFollowUpService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), Settings(), new FixedClock(Now));
        AddOn.User.UserName = "admin";
        AddOn.User.SetRoles(CrmRoles.Admin);
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
    public async Task Overdue_invoices_get_one_dunning_follow_up_however_often_the_rule_runs()
    {
        var expected = await OverdueInvoicesAsync(14);
        Assert.IsGreaterThan(0, expected, "the demo data has invoices more than 14 days overdue");

        var first = await FollowUps.RunNowAsync("overdue-invoice");
        var second = await FollowUps.RunNowAsync("overdue-invoice");

        Assert.IsNull(first.Error, first.Error);
        Assert.AreEqual((expected, 0), (first.Created, first.Skipped));
        Assert.AreEqual((0, expected), (second.Created, second.Skipped));
        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(expected, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities WHERE assignee = 'finance' AND created_by = 'follow-up:overdue-invoice'"));
        Assert.AreEqual(expected, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Activities.ActivityPlanned'"));

        var runs = await FollowUps.RecentRunsAsync(PageRequest.First);
        Assert.AreEqual(2, runs.TotalCount);
        Assert.AreEqual(0, runs.Items[0].Created, "newest first");
    }

    [TestMethod]
    public async Task Two_hosts_running_the_rule_at_once_create_each_follow_up_once()
    {
        var expected = await OverdueInvoicesAsync(14);
        await using var secondHost = await AddOnUnderTest.StartAsync(_run!.Database, Settings(), new FixedClock(Now));
        secondHost.User.UserName = "admin";
        secondHost.User.SetRoles(CrmRoles.Admin);

        var runs = await Task.WhenAll(
            Task.Run(() => FollowUps.RunNowAsync("overdue-invoice")),
            Task.Run(() => secondHost.Container.Resolve<IFollowUpService>().RunNowAsync("overdue-invoice")));

        Assert.IsTrue(runs.All(r => r.Error is null), string.Join("; ", runs.Select(r => r.Error)));
        Assert.AreEqual(expected, runs.Sum(r => r.Created));
        await using var connection = await _run.Database.OpenConnectionAsync();
        Assert.AreEqual(expected, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_follow_ups"));
        Assert.AreEqual(expected, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_activities"));
    }

    [TestMethod]
    public async Task Only_an_admin_runs_rules_and_a_bad_parameter_is_recorded_with_its_setting()
    {
        AddOn.User.SetRoles(CrmRoles.SalesManager);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => FollowUps.RunNowAsync("overdue-invoice"));
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => AsAdmin().RunNowAsync("no-such-rule"));
        AddOn.User.SetRoles(CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => FollowUps.RecentRunsAsync(PageRequest.First));

        await using var broken = await AddOnUnderTest.StartAsync(
            _run!.Database, new Dictionary<string, string?>(Settings()) { ["Crm:FollowUps:Rules:overdue-invoice:Parameters:DaysOverdue"] = "two weeks" }, new FixedClock(Now));
        broken.User.SetRoles(CrmRoles.Admin);
        var run = await broken.Container.Resolve<IFollowUpService>().RunNowAsync("overdue-invoice");
        StringAssert.Contains(run.Error, "Crm:FollowUps:Rules:overdue-invoice:Parameters:DaysOverdue");
        Assert.AreEqual(0, run.Created);
    }

    [TestMethod]
    public void The_rules_list_shows_the_built_in_rule_with_its_schedule()
    {
        var rule = FollowUps.Rules.Single(r => r.Code == "overdue-invoice");
        Assert.IsTrue(rule.Enabled);
        Assert.AreEqual("0 0 6 * * ?", rule.Schedule);
    }

    [TestMethod]
    public async Task An_order_with_no_contact_since_gets_one_follow_up_call()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var expected = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM erp_orders WHERE order_date < @olderThan AND order_date >= @since",
            new { olderThan = today.AddDays(-7).ToDateTime(TimeOnly.MinValue), since = today.AddDays(-60).ToDateTime(TimeOnly.MinValue) });
        Assert.IsGreaterThan(0, expected);
        await using var host = await StartWithAsync(new() { ["Crm:FollowUps:Rules:order-without-contact:Parameters:FallbackAssignee"] = "rep" });

        var first = await host.Container.Resolve<IFollowUpService>().RunNowAsync("order-without-contact");
        var second = await host.Container.Resolve<IFollowUpService>().RunNowAsync("order-without-contact");

        Assert.AreEqual((expected, 0L), ((long)first.Created, (long)first.Skipped), first.Error);
        Assert.AreEqual(0, second.Created, "the follow-ups themselves are contact, and each order counts once anyway");
        Assert.AreEqual("call", await connection.ExecuteScalarAsync<string>("SELECT MIN(type) FROM crm_activities WHERE created_by = 'follow-up:order-without-contact'"));
    }

    [TestMethod]
    public async Task An_account_silent_for_twice_its_usual_interval_gets_one_re_engagement_task()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var orders = await connection.QueryAsync<(string Customer, object Date)>(
            "SELECT customer_no, order_date FROM erp_orders WHERE order_date >= @since", new { since = today.AddDays(-730).ToDateTime(TimeOnly.MinValue) });
        var expected = orders
            .GroupBy(o => o.Customer, o => ToDate(o.Date))
            .Count(g => g.Count() >= 4 && (today.DayNumber - g.Max().DayNumber) > 2.0 * MedianGap(g));
        Assert.IsGreaterThan(0, expected, "the demo data has customers who stopped ordering");
        await using var host = await StartWithAsync(new() { ["Crm:FollowUps:Rules:dormant-account:Parameters:FallbackAssignee"] = "rep" });

        var first = await host.Container.Resolve<IFollowUpService>().RunNowAsync("dormant-account");
        var second = await host.Container.Resolve<IFollowUpService>().RunNowAsync("dormant-account");

        Assert.AreEqual(expected, first.Created, first.Error);
        Assert.AreEqual((0, expected), (second.Created, second.Skipped));
    }

    [TestMethod]
    public async Task A_rule_reading_while_its_batches_are_written_creates_everything_in_small_batches()
    {
        var expected = await OverdueInvoicesAsync(14);
        Assert.IsGreaterThan(4, expected, "several batches of two");
        await using var host = await StartWithAsync(new() { ["Crm:FollowUps:BatchSize"] = "2" });

        var run = await host.Container.Resolve<IFollowUpService>().RunNowAsync("overdue-invoice");

        Assert.AreEqual((expected, 0, (string?)null), ((long)run.Created, run.Skipped, run.Error));
    }

    [TestMethod]
    public async Task An_inquiry_is_escalated_to_its_team_manager_once_at_risk_and_once_breached()
    {
        AddOn.User.UserName = "clerk";
        AddOn.User.SetRoles(CrmRoles.OrderClerk);
        var inquiry = await AddOn.Container.Resolve<Crm.Abstractions.Inquiries.IInquiryService>().LogAsync(
            new Crm.Abstractions.Inquiries.LogInquiry("C10001", "Line stopped", Crm.Abstractions.Inquiries.InquiryChannel.Phone, Priority: Crm.Abstractions.Inquiries.InquiryPriority.Urgent));
        AddOn.User.SetRoles(CrmRoles.Admin);

        Assert.AreEqual(0, (await FollowUps.RunNowAsync("inquiry-escalation")).Created, "not yet at risk");
        AddOn.Clock.Advance(inquiry.FirstResponse.DueAt - Now - TimeSpan.FromMinutes(5));
        Assert.AreEqual(1, (await FollowUps.RunNowAsync("inquiry-escalation")).Created, "at risk");
        Assert.AreEqual(0, (await FollowUps.RunNowAsync("inquiry-escalation")).Created, "at risk, already escalated");
        AddOn.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.AreEqual(1, (await FollowUps.RunNowAsync("inquiry-escalation")).Created, "breached");

        await using var connection = await _run!.Database.OpenConnectionAsync();
        var assignees = (await connection.QueryAsync<string>("SELECT assignee FROM crm_activities WHERE created_by = 'follow-up:inquiry-escalation'")).ToList();
        CollectionAssert.AreEqual(new[] { "manager", "manager" }, assignees, "the service team's manager");
    }

    // The usual interval: the median gap between distinct order days (one pause must not stretch it).
    private static double MedianGap(IEnumerable<DateOnly> orderDates)
    {
        var days = orderDates.Select(d => d.DayNumber).Distinct().Order().ToList();
        var gaps = days.Zip(days.Skip(1), (earlier, later) => later - earlier).Order().ToList();
        return gaps.Count == 0 ? double.PositiveInfinity
            : gaps.Count % 2 == 1 ? gaps[gaps.Count / 2]
            : (gaps[(gaps.Count / 2) - 1] + gaps[gaps.Count / 2]) / 2.0;
    }

    private async Task<AddOnUnderTest> StartWithAsync(Dictionary<string, string?> extra)
    {
        var settings = Settings();
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var host = await AddOnUnderTest.StartAsync(_run!.Database, settings, new FixedClock(Now));
        host.User.SetRoles(CrmRoles.Admin);
        return host;
    }

    private static DateOnly ToDate(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        string s => DateOnly.FromDateTime(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new InvalidCastException(value.GetType().Name),
    };

    private IFollowUpService AsAdmin()
    {
        AddOn.User.SetRoles(CrmRoles.Admin);
        return FollowUps;
    }

    private static Dictionary<string, string?> Settings() =>
        new(InquiryTestSettings.For("HostSample")) { ["Crm:FollowUps:Rules:overdue-invoice:Enabled"] = "true" };

    private async Task<long> OverdueInvoicesAsync(int days)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var cutoff = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-days).ToDateTime(TimeOnly.MinValue);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_invoices WHERE total_amount - paid_amount > 0 AND due_date < @cutoff", new { cutoff });
    }
}

[TestClass]
public sealed class SqliteFollowUpTests : FollowUpContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresFollowUpTests : FollowUpContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerFollowUpTests : FollowUpContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
