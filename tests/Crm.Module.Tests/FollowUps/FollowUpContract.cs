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
