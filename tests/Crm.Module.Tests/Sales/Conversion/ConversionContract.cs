using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Opportunities;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;
using Host.Sample.Erp;

namespace Crm.Module.Tests.Sales.Conversion;

/// <summary>
/// A lead travels to an opportunity with an ERP customer or a prospect; the prospect becomes an
/// ERP customer through the host (Host.Sample's own provisioning) or is linked later; the won
/// opportunity is matched to the ERP order that realizes it.
/// </summary>
public abstract class ConversionContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private ILeadService Leads => AddOn.Container.Resolve<ILeadService>();

    private ILeadConversion Conversion => AddOn.Container.Resolve<ILeadConversion>();

    private IOpportunityService Opportunities => AddOn.Container.Resolve<IOpportunityService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        var settings = OpportunityTestBase.Settings();
        settings.Remove("Crm:Sales:OrderMatching:Schedule");
        _run = await AddOnOnDatabase.StartAsync(
            Engine,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            settings,
            new FixedClock(Now),
            builder => builder.Register(c => new SampleCustomerProvisioning(c.Resolve<IErpDatabase>(), c.Resolve<TimeProvider>())).As<IErpCustomerProvisioning>());
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
    public async Task A_qualified_lead_becomes_an_opportunity_of_an_existing_erp_customer_in_one_step()
    {
        var lead = await QualifiedLeadAsync("Schäfer Logistik GmbH");

        var result = await Conversion.ConvertAsync(lead.Id, lead.Version, new ConvertLead("Pallet racks", 18_500m, new DateOnly(2027, 1, 31), AccountKey: "C10003"));

        Assert.AreEqual((LeadStatus.Converted, (long?)result.Opportunity.Id, "C10003"), (result.Lead.Status, result.Lead.ConvertedOpportunityId, result.Lead.AccountKey));
        Assert.AreEqual(("C10003", (long?)lead.Id, (long?)null, "rep", 18_500m), (result.Opportunity.AccountKey, result.Opportunity.LeadId, result.Opportunity.ProspectId, result.Opportunity.Owner, result.Opportunity.Amount));
        Assert.IsNull(result.Prospect);
        Assert.AreEqual(result.Lead, await Leads.GetAsync(lead.Id));
        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.LeadConverted'"));
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_prospects"));
    }

    [TestMethod]
    public async Task Only_a_qualified_lead_at_the_version_read_converts_and_a_refusal_writes_nothing()
    {
        var fresh = (await Leads.CreateAsync(new LeadInput("Nordlicht AG", "Ole Brandt", "ole@nordlicht.example"))).Lead;
        var unqualified = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Conversion.ConvertAsync(fresh.Id, fresh.Version, new ConvertLead("Deal", 1m, new DateOnly(2027, 1, 1), AccountKey: "C10001")));
        Assert.IsTrue(unqualified.Errors.ContainsKey("status"));

        var lead = await QualifiedLeadAsync("Bergmann Werkzeuge KG");
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Conversion.ConvertAsync(lead.Id, lead.Version - 1, new ConvertLead("Deal", 1m, new DateOnly(2027, 1, 1), AccountKey: "C10001")));
        var bad = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Conversion.ConvertAsync(lead.Id, lead.Version, new ConvertLead(" ", -5m, new DateOnly(2027, 1, 1), AccountKey: "C10001", StageCode: "nowhere")));
        CollectionAssert.IsSubsetOf(new[] { "name", "amount", "stage" }, bad.Errors.Keys.ToList());
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Conversion.ConvertAsync(lead.Id, lead.Version, new ConvertLead("Deal", 1m, new DateOnly(2027, 1, 1), AccountKey: "NO-SUCH")));

        SignIn("rep3", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Conversion.ConvertAsync(lead.Id, lead.Version, new ConvertLead("Deal", 1m, new DateOnly(2027, 1, 1), AccountKey: "C10001")));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities"));
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_leads WHERE status = 'Converted'"));
    }

    [TestMethod]
    public async Task A_lead_travels_to_a_won_opportunity_matched_to_the_erp_order_of_the_customer_the_host_created()
    {
        var lead = await QualifiedLeadAsync("Hanbit Logistics 주식회사", "+82 2 555 0101", "KR");

        var result = await Conversion.ConvertAsync(lead.Id, lead.Version, new ConvertLead("Cold-chain boxes", 42_000_000m, new DateOnly(2026, 12, 15), Currency: "KRW", CreateErpCustomer: true));

        Assert.IsNull(result.ErpCustomerProblem, result.ErpCustomerProblem);
        var accountKey = result.Prospect!.AccountKey;
        Assert.IsNotNull(accountKey, "the host created the customer and the prospect is linked");
        Assert.AreEqual((accountKey, (long?)result.Prospect.Id), (result.Opportunity.AccountKey, result.Opportunity.ProspectId));
        Assert.AreEqual(accountKey, (await Leads.GetAsync(lead.Id)).AccountKey);
        await using (var connection = await _run!.Database.OpenConnectionAsync())
        {
            var customer = await connection.QuerySingleAsync<(string Name, string Country, string Currency)>("SELECT name, country, currency FROM erp_customers WHERE customer_no = @accountKey", new { accountKey });
            Assert.AreEqual(("Hanbit Logistics 주식회사", "KR", "KRW"), customer);
        }

        var opportunity = await Opportunities.MoveStageAsync(result.Opportunity.Id, "negotiation", result.Opportunity.Version);
        await CraftedOrders.AddAsync(_run.Database, accountKey!, DateOnly.FromDateTime(Now.UtcDateTime), "KRW", 42_000_000m, reference: "PO " + opportunity.Number);
        var won = await Opportunities.WinAsync(opportunity.Id, opportunity.Version);

        var matched = await Opportunities.GetAsync(won.Id);
        Assert.AreEqual(OpportunityStatus.Won, matched.Status);
        Assert.IsNotNull(matched.Match, "the ERP order realizing the win is found");
    }

    [TestMethod]
    public async Task A_prospect_is_linked_to_the_erp_customer_when_it_exists_and_its_opportunities_follow()
    {
        var lead = await QualifiedLeadAsync("Ostsee Fisch GmbH");
        var result = await Conversion.ConvertAsync(lead.Id, lead.Version, new ConvertLead("Smoker ovens", 9_900m, new DateOnly(2027, 3, 1)));
        var prospect = result.Prospect!;
        Assert.AreEqual(("Ostsee Fisch GmbH", (string?)null, (long?)lead.Id), (prospect.Company, prospect.AccountKey, prospect.LeadId));
        Assert.IsNull(result.Opportunity.AccountKey);
        var second = (await Opportunities.CreateAsync(new CreateOpportunity("Spare parts", 1_200m, new DateOnly(2027, 4, 1), ProspectId: prospect.Id))).Opportunity;

        var unknown = await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Conversion.LinkProspectAsync(prospect.Id, "NO-SUCH", prospect.Version));
        Assert.AreEqual("account", unknown.Kind);
        var linked = await Conversion.LinkProspectAsync(prospect.Id, "C10007", prospect.Version);

        Assert.AreEqual(("C10007", prospect.Version + 1), (linked.AccountKey, linked.Version));
        foreach (var id in new[] { result.Opportunity.Id, second.Id })
        {
            var opportunity = await Opportunities.GetAsync(id);
            Assert.AreEqual(("C10007", 2), (opportunity.AccountKey, opportunity.Version), "an editor holding version 1 must re-read");
        }

        Assert.AreEqual("C10007", (await Leads.GetAsync(lead.Id)).AccountKey);
        var again = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Conversion.LinkProspectAsync(prospect.Id, "C10008", linked.Version));
        Assert.IsTrue(again.Errors.ContainsKey("accountKey"));
        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.ProspectLinked'"));
    }

    private async Task<Lead> QualifiedLeadAsync(string company, string? phone = null, string? country = "DE")
    {
        var lead = (await Leads.CreateAsync(new LeadInput(company, "Kim Contact", $"buyer{Guid.NewGuid():N}@example.com", phone, country))).Lead;
        return await Leads.ChangeStatusAsync(lead.Id, LeadStatus.Qualified, null, lead.Version);
    }

    private void SignIn(string userName, string role)
    {
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(role);
    }
}

[TestClass]
public sealed class SqliteConversionTests : ConversionContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresConversionTests : ConversionContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerConversionTests : ConversionContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
