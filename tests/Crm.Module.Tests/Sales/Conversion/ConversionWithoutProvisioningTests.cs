using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Opportunities;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Sales.Conversion;

/// <summary>A host without <see cref="IErpCustomerProvisioning"/>: conversion still works; the customer comes later.</summary>
[TestClass]
public sealed class ConversionWithoutProvisioningTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task The_conversion_stands_and_says_why_no_customer_was_created()
    {
        await using var run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), OpportunityTestBase.Settings(), new FixedClock(Now));
        run.AddOn.User.UserName = "rep";
        run.AddOn.User.SetRoles(CrmRoles.SalesRep);
        var leads = run.AddOn.Container.Resolve<ILeadService>();
        var lead = (await leads.CreateAsync(new LeadInput("Alpenblick Hotels AG", "Eva Huber", "eva@alpenblick.example", Country: "AT"))).Lead;
        lead = await leads.ChangeStatusAsync(lead.Id, LeadStatus.Qualified, null, lead.Version);

        var result = await run.AddOn.Container.Resolve<ILeadConversion>().ConvertAsync(
            lead.Id, lead.Version, new ConvertLead("Linen service", 30_000m, new DateOnly(2027, 2, 1), CreateErpCustomer: true));

        StringAssert.Contains(result.ErpCustomerProblem, "link the prospect");
        Assert.AreEqual(LeadStatus.Converted, result.Lead.Status);
        Assert.IsNull(result.Prospect!.AccountKey);
        Assert.AreEqual(result.Prospect, await run.AddOn.Container.Resolve<ILeadConversion>().GetProspectAsync(result.Prospect.Id));
    }
}
