using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Sales.Opportunities;

/// <summary>
/// The add-on on Host.Sample's seeded demo ERP with two configured pipelines, the default lost
/// reasons and two sales teams: North (manager; rep, rep2) and South (boss2; rep3).
/// </summary>
public abstract class OpportunityTestBase
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private protected AddOnOnDatabase Run => _run!;

    protected IOpportunityService Opportunities => Run.AddOn.Container.Resolve<IOpportunityService>();

    protected IPipelineService Pipelines => Run.AddOn.Container.Resolve<IPipelineService>();

    protected FixedClock Clock => Run.AddOn.Clock;

    public static Dictionary<string, string?> Settings()
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Sales:Teams:0:Name"] = "North";
        settings["Crm:Sales:Teams:0:Managers:0"] = "manager";
        settings["Crm:Sales:Teams:0:Members:0"] = "rep";
        settings["Crm:Sales:Teams:0:Members:1"] = "rep2";
        settings["Crm:Sales:Teams:1:Name"] = "South";
        settings["Crm:Sales:Teams:1:Managers:0"] = "boss2";
        settings["Crm:Sales:Teams:1:Members:0"] = "rep3";
        settings["Crm:Sales:Pipelines:0:Code"] = "new-business";
        settings["Crm:Sales:Pipelines:0:Name"] = "New business";
        settings["Crm:Sales:Pipelines:0:Currency"] = "EUR";
        settings["Crm:Sales:Pipelines:0:Stages:0:Code"] = "lead";
        settings["Crm:Sales:Pipelines:0:Stages:0:Probability"] = "10";
        settings["Crm:Sales:Pipelines:0:Stages:1:Code"] = "proposal";
        settings["Crm:Sales:Pipelines:0:Stages:1:Probability"] = "40";
        settings["Crm:Sales:Pipelines:0:Stages:2:Code"] = "negotiation";
        settings["Crm:Sales:Pipelines:0:Stages:2:Probability"] = "70";
        settings["Crm:Sales:Pipelines:1:Code"] = "service";
        settings["Crm:Sales:Pipelines:1:Currency"] = "USD";
        settings["Crm:Sales:Pipelines:1:Stages:0:Code"] = "quote";
        settings["Crm:Sales:Pipelines:1:Stages:0:Probability"] = "30";
        settings["Crm:Sales:OrderMatching:BatchSize"] = "2";
        settings["Crm:Sales:OrderMatching:Schedule"] = "0/1 * * * * ?";
        return settings;
    }

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), Settings(), new FixedClock(Now));
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

    /// <summary>A prospect as conversion leaves it: a company that is no ERP customer yet.</summary>
    protected async Task<long> InsertProspectAsync(string company)
    {
        await using var connection = await Run.Database.OpenConnectionAsync();
        var returning = Engine == DatabaseEngine.SqlServer ? ("OUTPUT INSERTED.id", string.Empty) : (string.Empty, "RETURNING id");
        return await connection.ExecuteScalarAsync<long>(
            $"INSERT INTO crm_prospects (company, created_at, created_by, updated_at, updated_by, version) {returning.Item1} VALUES (@company, @at, 'rep', @at, 'rep', 1) {returning.Item2}",
            new { company, at = Now.UtcDateTime });
    }

    protected void SignIn(string userName, params string[] roles)
    {
        Run.AddOn.User.UserName = userName;
        Run.AddOn.User.SetRoles(roles);
    }

    protected async Task<Opportunity> CreateAsync(string name, decimal amount, string accountKey = "C10001", string? pipeline = null, string? currency = null, string? owner = null, string? reference = null) =>
        (await Opportunities.CreateAsync(new CreateOpportunity(name, amount, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(30), accountKey, PipelineCode: pipeline, Currency: currency, Owner: owner, Reference: reference))).Opportunity;
}
