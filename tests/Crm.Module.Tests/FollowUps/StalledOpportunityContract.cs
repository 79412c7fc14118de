using Autofac;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Opportunities;
using Dapper;

namespace Crm.Module.Tests.FollowUps;

/// <summary>
/// The stalled-opportunity rule: a task for the owner of an open opportunity nobody has worked for
/// <c>DaysWithoutActivity</c> days (once per silence), and one when its close date has passed (once
/// per close date). Run on demand, on the demo ERP with the sales teams and pipelines of the opportunity tests.
/// </summary>
public abstract class StalledOpportunityContract : OpportunityTestBase
{
    private const string Rule = "stalled-opportunity";

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private IActivityService Activities => Run.AddOn.Container.Resolve<IActivityService>();

    [TestMethod]
    public async Task A_quiet_opportunity_gets_one_task_for_its_owner_per_silence()
    {
        var deal = await OpenAsync("Packaging line", 10_000m, closeInDays: 365);

        Clock.Advance(TimeSpan.FromDays(13));
        Assert.AreEqual((0, 0), await RunAsync(), "13 quiet days");
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.AreEqual((1, 0), await RunAsync(), "14 quiet days");
        Assert.AreEqual((0, 1), await RunAsync(), "the same silence asks once");
        var task = (await TasksAsync()).Single();
        Assert.AreEqual(("task", "rep", deal.Id, "C10001", Clock.GetUtcNow().AddDays(1)), (task.Type, task.Assignee, task.OpportunityId, task.AccountKey, task.DueAt));
        Assert.AreEqual($"No activity for 14 days: {deal.Name}", task.Subject);
        StringAssert.StartsWith(task.Notes, deal.Number);

        Clock.Advance(TimeSpan.FromDays(20));
        Assert.AreEqual((0, 1), await RunAsync(), "the rule's own open task is no touch, and asks no second time");

        SignIn("rep", CrmRoles.SalesRep);
        await Activities.PlanAsync(new PlanActivity("call", "Ask about the budget", null, OpportunityId: deal.Id));
        Assert.AreEqual((0, 0), await RunAsync(), "a real activity ends the silence");
        Clock.Advance(TimeSpan.FromDays(13));
        Assert.AreEqual((0, 0), await RunAsync());
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.AreEqual((1, 0), await RunAsync(), "a new silence, a new task");

        SignIn("rep", CrmRoles.SalesRep);
        var second = (await TasksAsync()).Last();
        await Activities.CompleteAsync(second.Id, "Called, they decide next month.", second.Version);
        Clock.Advance(TimeSpan.FromDays(14));
        Assert.AreEqual((1, 0), await RunAsync(), "doing the rule's task is working the deal: a new silence");

        SignIn("rep", CrmRoles.SalesRep);
        var third = (await TasksAsync()).Last();
        await Activities.CancelAsync(third.Id, "Not now", third.Version);
        Clock.Advance(TimeSpan.FromDays(14));
        Assert.AreEqual((0, 1), await RunAsync(), "cancelling the rule's task is not working the deal: still the same silence");

        var tasks = await TasksAsync();
        Assert.HasCount(3, tasks);
        Assert.IsTrue(tasks.All(t => t.OpportunityId == deal.Id && t.Assignee == "rep"));
    }

    [TestMethod]
    public async Task An_opportunity_past_its_close_date_gets_one_task_per_close_date()
    {
        SignIn("rep2", CrmRoles.SalesRep);
        var deal = await OpenAsync("Spare parts", 800m, closeInDays: 3, owner: "rep2");

        Clock.Advance(TimeSpan.FromDays(3));
        Assert.AreEqual((0, 0), await RunAsync(), "due today is not past");
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.AreEqual((1, 0), await RunAsync(), "past its close date");
        Assert.AreEqual((0, 1), await RunAsync());

        SignIn("rep2", CrmRoles.SalesRep);
        var moved = await Opportunities.UpdateAsync(deal.Id, new UpdateOpportunity(deal.Version, ExpectedCloseDate: Today.AddDays(5)));
        Assert.AreEqual((0, 0), await RunAsync(), "moved: nothing is past now");
        Clock.Advance(TimeSpan.FromDays(6));
        Assert.AreEqual((1, 0), await RunAsync(), "the new date was missed too");

        var tasks = await TasksAsync();
        CollectionAssert.AreEqual(new[] { "rep2", "rep2" }, tasks.Select(t => t.Assignee).ToArray());
        Assert.IsTrue(tasks.All(t => t.Subject == $"Past its close date: {deal.Name}" && t.OpportunityId == deal.Id));
        StringAssert.Contains(tasks[1].Notes, $"Expected to close on {moved.ExpectedCloseDate:yyyy-MM-dd}");
        await using var connection = await Run.Database.OpenConnectionAsync();
        CollectionAssert.AreEqual(
            new[] { deal.ExpectedCloseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), moved.ExpectedCloseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            (await connection.QueryAsync<string>("SELECT period FROM crm_follow_ups WHERE rule_code = @Rule AND subject_key = @key ORDER BY id", new { Rule, key = $"opportunity:{deal.Id}:overdue" })).ToArray());
    }

    [TestMethod]
    public async Task Won_and_lost_opportunities_are_left_alone_and_a_prospects_gets_its_tasks()
    {
        var won = await OpenAsync("Won", 100m, closeInDays: 1);
        var lost = await OpenAsync("Lost", 100m, closeInDays: 1);
        await Opportunities.WinAsync(won.Id, won.Version);
        await Opportunities.LoseAsync(lost.Id, "price", null, lost.Version);
        SignIn("rep3", CrmRoles.SalesRep);
        var prospect = (await Opportunities.CreateAsync(new CreateOpportunity("Prospect deal", 1200m, Today.AddDays(1), ProspectId: await InsertProspectAsync("Prospect Ltd.")))).Opportunity;

        Clock.Advance(TimeSpan.FromDays(30));
        Assert.AreEqual((2, 0), await RunAsync(), "the prospect's deal is quiet and past its date");

        var tasks = await TasksAsync();
        Assert.IsTrue(tasks.All(t => (t.OpportunityId, t.AccountKey, t.Assignee) == (prospect.Id, null, "rep3")), "no account, and nothing for the won and lost ones");
        CollectionAssert.AreEquivalent(new[] { "No activity for 30 days: Prospect deal", "Past its close date: Prospect deal" }, tasks.Select(t => t.Subject).ToArray());
        SignIn("rep3", CrmRoles.SalesRep);
        Assert.HasCount(2, (await Activities.MyWorkAsync(Crm.Abstractions.Common.PageRequest.First)).Items, "the owner finds them in their work");
    }

    [TestMethod]
    public async Task The_rule_is_off_until_enabled_and_takes_its_quiet_days_from_the_settings()
    {
        Assert.IsFalse(FollowUpRules(Run.AddOn).Single(r => r.Code == Rule).Enabled, "off by default");
        await using var enabled = await StartWithAsync(new() { [$"Crm:FollowUps:Rules:{Rule}:Enabled"] = "true", [$"Crm:FollowUps:Rules:{Rule}:Parameters:DaysWithoutActivity"] = "3" });
        var info = FollowUpRules(enabled).Single(r => r.Code == Rule);
        Assert.AreEqual((true, "0 30 6 * * ?"), (info.Enabled, info.Schedule));

        await OpenAsync("Quick", 10m, closeInDays: 100);
        Clock.Advance(TimeSpan.FromDays(3));
        Assert.AreEqual((0, 0), await RunAsync(), "the default: 14 days");
        var run = await enabled.Container.Resolve<IFollowUpService>().RunNowAsync(Rule);
        Assert.AreEqual((1, 0, null), (run.Created, run.Skipped, run.Error), "3 days where so configured");

        foreach (var bad in new[] { "0", "two weeks" })
        {
            await using var broken = await StartWithAsync(new() { [$"Crm:FollowUps:Rules:{Rule}:Parameters:DaysWithoutActivity"] = bad });
            var failed = await broken.Container.Resolve<IFollowUpService>().RunNowAsync(Rule);
            StringAssert.Contains(failed.Error, $"Crm:FollowUps:Rules:{Rule}:Parameters:DaysWithoutActivity", bad);
            Assert.AreEqual(0, failed.Created);
        }
    }

    [TestMethod]
    public async Task Many_opportunities_in_small_batches_each_get_their_task()
    {
        for (var i = 1; i <= 5; i++)
        {
            await OpenAsync($"Deal {i}", 100m * i, closeInDays: 100);
        }

        Clock.Advance(TimeSpan.FromDays(14));
        await using var host = await StartWithAsync(new() { ["Crm:FollowUps:BatchSize"] = "2" });
        var service = host.Container.Resolve<IFollowUpService>();
        var first = await service.RunNowAsync(Rule);
        var second = await service.RunNowAsync(Rule);
        Assert.AreEqual((5, 0, (string?)null), (first.Created, first.Skipped, first.Error));
        Assert.AreEqual((0, 5), (second.Created, second.Skipped));
        Assert.AreEqual(5, (await TasksAsync()).Select(t => t.OpportunityId).Distinct().Count());
    }

    private static IReadOnlyList<FollowUpRuleInfo> FollowUpRules(AddOnUnderTest host) => host.Container.Resolve<IFollowUpService>().Rules;

    private async Task<Opportunity> OpenAsync(string name, decimal amount, int closeInDays, string? owner = null) =>
        (await Opportunities.CreateAsync(new CreateOpportunity(name, amount, Today.AddDays(closeInDays), "C10001", Owner: owner))).Opportunity;

    private async Task<(int Created, int Skipped)> RunAsync()
    {
        var (userName, roles) = (Run.AddOn.User.UserName, Run.AddOn.User.IsInRole(CrmRoles.SalesRep) ? CrmRoles.SalesRep : CrmRoles.Admin);
        SignIn("root", CrmRoles.Admin);
        try
        {
            var run = await Run.AddOn.Container.Resolve<IFollowUpService>().RunNowAsync(Rule);
            Assert.IsNull(run.Error, run.Error);
            return (run.Created, run.Skipped);
        }
        finally
        {
            SignIn(userName, roles);
        }
    }

    // The rule's tasks in the order they were created, read as activities.
    private async Task<List<Activity>> TasksAsync()
    {
        await using var connection = await Run.Database.OpenConnectionAsync();
        var ids = await connection.QueryAsync<long>("SELECT id FROM crm_activities WHERE created_by = @by ORDER BY id", new { by = "follow-up:" + Rule });
        var (userName, roles) = (Run.AddOn.User.UserName, Run.AddOn.User.IsInRole(CrmRoles.SalesRep) ? CrmRoles.SalesRep : CrmRoles.Admin);
        SignIn("root", CrmRoles.Admin);
        try
        {
            var tasks = new List<Activity>();
            foreach (var id in ids)
            {
                tasks.Add(await Activities.GetAsync(id));
            }

            return tasks;
        }
        finally
        {
            SignIn(userName, roles);
        }
    }

    private async Task<AddOnUnderTest> StartWithAsync(Dictionary<string, string?> extra)
    {
        var settings = Settings();
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var host = await AddOnUnderTest.StartAsync(Run.Database, settings, Clock);
        host.User.UserName = "root";
        host.User.SetRoles(CrmRoles.Admin);
        return host;
    }
}

[TestClass]
public sealed class SqliteStalledOpportunityTests : StalledOpportunityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresStalledOpportunityTests : StalledOpportunityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerStalledOpportunityTests : StalledOpportunityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
