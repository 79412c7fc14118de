using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Privacy;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Events;
using Crm.Module.Hosting;
using Crm.Module.Jobs;
using Crm.Module.Privacy;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Opportunities;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Privacy;

/// <summary>
/// The retention rules as scheduled jobs: they erase only what is old enough and in the right
/// state, in batches, each record once, with the rule as the reason; 0 days switches a rule off;
/// a wrong setting stops start-up naming it.
/// </summary>
public abstract class RetentionContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task The_rules_erase_only_old_closed_inquiries_and_old_disqualified_leads_each_once()
    {
        await StartAsync(new() { ["Crm:Privacy:Retention:BatchSize"] = "1" });
        var oldResolved = await ResolvedInquiryAsync("Old resolved");
        var oldClosed = await ResolvedInquiryAsync("Old closed", close: true);
        var oldOpen = (await Inquiries.LogAsync(new LogInquiry("C10001", "Old open", InquiryChannel.Phone, ContactName: "Olga Open"))).Number;
        var oldDisqualified = await LeadAsync("Old Disqualified", disqualify: true);
        var oldNew = await LeadAsync("Old New", disqualify: false);
        AddOn.Clock.Advance(TimeSpan.FromDays(700));
        var youngResolved = await ResolvedInquiryAsync("Young resolved");
        var youngDisqualified = await LeadAsync("Young Disqualified", disqualify: true);
        AddOn.Clock.Advance(TimeSpan.FromDays(100));

        await RunAsync(ClosedInquiryRetention.RuleCode);
        await RunAsync(DisqualifiedLeadRetention.RuleCode);

        foreach (var number in new[] { oldResolved, oldClosed })
        {
            Assert.AreEqual($"Erased inquiry {number}", (await Inquiries.GetAsync(number)).Subject);
        }

        Assert.AreEqual("Old open", (await Inquiries.GetAsync(oldOpen)).Subject);
        Assert.AreEqual("Young resolved", (await Inquiries.GetAsync(youngResolved)).Subject);
        Assert.AreEqual($"Erased lead {oldDisqualified}", (await Leads.GetAsync(oldDisqualified)).ContactName);
        Assert.AreEqual(LeadStatus.Disqualified, (await Leads.GetAsync(oldDisqualified)).Status);
        Assert.AreEqual("Old New", (await Leads.GetAsync(oldNew)).ContactName);
        Assert.AreEqual("Young Disqualified", (await Leads.GetAsync(youngDisqualified)).ContactName);

        var erased = await ErasedEventsAsync();
        CollectionAssert.AreEquivalent(
            new[] { (ClosedInquiryRetention.RuleCode, oldResolved), (ClosedInquiryRetention.RuleCode, oldClosed), (DisqualifiedLeadRetention.RuleCode, Key(oldDisqualified)) },
            erased.Select(e => (e.Reason, e.Key)).ToList());
        Assert.IsTrue(erased.All(e => e.By == RetentionRunner.SystemUser));

        // A record once erased is not picked again.
        AddOn.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(ClosedInquiryRetention.RuleCode);
        await RunAsync(DisqualifiedLeadRetention.RuleCode);
        Assert.HasCount(erased.Count, await ErasedEventsAsync());

        SignIn("admin", CrmRoles.Admin);
        var jobs = await AddOn.Container.Resolve<JobList>().GetAsync(CancellationToken.None);
        foreach (var code in new[] { ClosedInquiryRetention.RuleCode, DisqualifiedLeadRetention.RuleCode })
        {
            var job = jobs.Single(j => j.Code == code);
            Assert.AreEqual((JobRun.Succeeded, (string?)null, (string?)null), (job.LastRun?.Outcome, job.Plugin, job.Problem));
        }
    }

    [TestMethod]
    public async Task Zero_days_switches_a_rule_off()
    {
        await StartAsync(new() { ["Crm:Privacy:Retention:ClosedInquiriesDays"] = "0", ["Crm:Privacy:Retention:DisqualifiedLeadsDays"] = "0" });
        var resolved = await ResolvedInquiryAsync("Kept resolved");
        var disqualified = await LeadAsync("Kept Disqualified", disqualify: true);
        AddOn.Clock.Advance(TimeSpan.FromDays(10_000));

        await RunAsync(ClosedInquiryRetention.RuleCode);
        await RunAsync(DisqualifiedLeadRetention.RuleCode);

        Assert.AreEqual("Kept resolved", (await Inquiries.GetAsync(resolved)).Subject);
        Assert.AreEqual("Kept Disqualified", (await Leads.GetAsync(disqualified)).ContactName);
        Assert.IsEmpty(await ErasedEventsAsync());
    }

    [TestMethod]
    public async Task A_wrong_retention_setting_stops_start_up_naming_it()
    {
        foreach (var (setting, value) in new[] { ("ClosedInquiriesDays", "two years"), ("DisqualifiedLeadsDays", "-1"), ("BatchSize", "0") })
        {
            var e = await Assert.ThrowsExactlyAsync<CrmSettingException>(() => StartAsync(new() { ["Crm:Privacy:Retention:" + setting] = value }));
            Assert.AreEqual("Crm:Privacy:Retention:" + setting, e.Setting);
            StringAssert.Contains(e.Message, value);
        }
    }

    private IInquiryService Inquiries => AddOn.Container.Resolve<IInquiryService>();

    private ILeadService Leads => AddOn.Container.Resolve<ILeadService>();

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task StartAsync(Dictionary<string, string?> retention)
    {
        var settings = OpportunityTestBase.Settings();
        settings.Remove("Crm:Sales:OrderMatching:Schedule");
        foreach (var (key, value) in retention)
        {
            settings[key] = value;
        }

        _run = await AddOnOnDatabase.StartAsync(Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), settings, new FixedClock(Now));
        SignIn("admin", CrmRoles.Admin);
    }

    private async Task RunAsync(string code)
    {
        var job = AddOn.Container.Resolve<JobCatalog>().Find(code);
        Assert.IsNotNull(job, code + " is a runnable job");
        var run = await AddOn.Container.Resolve<JobRunner>().RunAsync(job, "test-node", CancellationToken.None);
        Assert.AreEqual((JobRun.Succeeded, (string?)null), (run?.Outcome, run?.Error));
    }

    private async Task<string> ResolvedInquiryAsync(string subject, bool close = false)
    {
        var inquiry = await Inquiries.LogAsync(new LogInquiry("C10001", subject, InquiryChannel.Phone, "Please call " + subject, subject + " contact"));
        inquiry = await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Done for " + subject);
        if (close)
        {
            await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Closed, inquiry.Version, null);
        }

        return inquiry.Number;
    }

    private async Task<long> LeadAsync(string name, bool disqualify)
    {
        var lead = (await Leads.CreateAsync(new LeadInput(name + " Ltd", name, name.Replace(' ', '.').ToLowerInvariant() + "@example.com"), "rep")).Lead;
        if (disqualify)
        {
            lead = await Leads.ChangeStatusAsync(lead.Id, LeadStatus.Disqualified, "No budget, says " + name, lead.Version);
        }

        return lead.Id;
    }

    private async Task<List<PersonalDataErased>> ErasedEventsAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>("SELECT payload FROM crm_outbox WHERE event_type = @type ORDER BY id", new { type = CrmEventTypes.NameOf(typeof(PersonalDataErased)) });
        return [.. payloads.Select(p => (PersonalDataErased)CrmEventJson.Deserialize(p, typeof(PersonalDataErased)))];
    }

    private void SignIn(string userName, params string[] roles)
    {
        AddOn.User.IsAuthenticated = true;
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }
}

[TestClass]
public sealed class SqliteRetentionTests : RetentionContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresRetentionTests : RetentionContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
