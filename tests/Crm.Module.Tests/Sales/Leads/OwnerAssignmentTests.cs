using Crm.Module.Hosting;
using Crm.Module.Sales.Assignment;

namespace Crm.Module.Tests.Sales.Leads;

[TestClass]
public sealed class OwnerAssignmentTests
{
    private static readonly OwnerAssignment Rules = new(new AssignmentOptions
    {
        Territories =
        [
            new TerritoryRuleOptions { Countries = ["DE"], PostalFrom = "10", PostalTo = "14", Owner = "berlin" },
            new TerritoryRuleOptions { Countries = ["DE"], PostalFrom = "8", PostalTo = "9", Owner = "south" },
            new TerritoryRuleOptions { Countries = ["AT", "ch"], Owner = "alps" },
            new TerritoryRuleOptions { Countries = ["DE"], Owner = "germany" },
        ],
    });

    [TestMethod]
    [DataRow("DE", "10115", "berlin")]
    [DataRow("de", "14979", "berlin")]
    [DataRow("DE", "15230", "germany")]
    [DataRow("DE", "09111", "germany")]
    [DataRow("DE", "80331", "south")]
    [DataRow("DE", "99084", "south")]
    [DataRow("DE", null, "germany")]
    [DataRow("CH", "8001", "alps")]
    [DataRow("AT", null, "alps")]
    public void The_first_territory_covering_country_and_postal_prefix_wins(string country, string? postalCode, string owner) =>
        Assert.AreEqual(owner, Rules.Territory(country, postalCode));

    [TestMethod]
    public void Outside_every_territory_there_is_no_territory_owner()
    {
        Assert.IsNull(Rules.Territory("KR", "06236"));
        Assert.IsNull(Rules.Territory(null, "10115"));
    }

    [TestMethod]
    public void A_wrong_rule_names_its_setting()
    {
        var noOwner = Assert.ThrowsExactly<CrmSettingException>(() => new OwnerAssignment(new AssignmentOptions { Territories = [new TerritoryRuleOptions { Countries = ["DE"] }] }));
        var badCountry = Assert.ThrowsExactly<CrmSettingException>(() => new OwnerAssignment(new AssignmentOptions { Territories = [new TerritoryRuleOptions { Countries = ["Germany"], Owner = "x" }] }));
        var backwards = Assert.ThrowsExactly<CrmSettingException>(() => new OwnerAssignment(new AssignmentOptions { Territories = [new TerritoryRuleOptions { Countries = ["DE"], PostalFrom = "5", PostalTo = "1", Owner = "x" }] }));
        var emptyPool = Assert.ThrowsExactly<CrmSettingException>(() => new OwnerAssignment(new AssignmentOptions { RoundRobin = ["rep1", " "] }));

        Assert.AreEqual("Crm:Sales:Assignment:Territories:0:Owner", noOwner.Setting);
        Assert.AreEqual("Crm:Sales:Assignment:Territories:0:Countries", badCountry.Setting);
        Assert.AreEqual("Crm:Sales:Assignment:Territories:0:PostalFrom", backwards.Setting);
        Assert.AreEqual("Crm:Sales:Assignment:RoundRobin", emptyPool.Setting);
    }
}
