using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Module.Hosting;
using Crm.Module.Sales.AccountHistory;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>The definitions on their own: typical interval, quintile scores, tiers, settings and query values.</summary>
[TestClass]
public sealed class AccountHistoryRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [TestMethod]
    [DataRow(new[] { 0 }, null, DisplayName = "one order day")]
    [DataRow(new[] { 0, 30, 60, 90 }, 30d, DisplayName = "every 30 days")]
    [DataRow(new[] { 0, 10, 60, 80, 170, 200 }, 30d, DisplayName = "gaps 10 50 20 90 30")]
    [DataRow(new[] { 0, 10, 30, 60, 100 }, 25d, DisplayName = "even number of gaps: 10 20 30 40")]
    [DataRow(new[] { 0, 10, 31 }, 15.5d, DisplayName = "half days: 10 21")]
    [DataRow(new[] { 0, 300, 330, 360, 390 }, 30d, DisplayName = "one long pause among monthly orders")]
    public void The_typical_interval_is_the_median_gap(int[] days, double? expected)
    {
        Assert.AreEqual(expected, ReorderInterval.TypicalDays([.. days.Select(d => Start.AddDays(d))]));
    }

    [TestMethod]
    public void The_next_order_is_due_the_typical_interval_after_the_last_rounded_half_up()
    {
        Assert.AreEqual((DateOnly?)Start.AddDays(16), ReorderInterval.ExpectedNext(Start, 15.5));
        Assert.AreEqual((DateOnly?)Start.AddDays(30), ReorderInterval.ExpectedNext(Start, 30));
        Assert.IsNull(ReorderInterval.ExpectedNext(Start, null));
        Assert.IsNull(ReorderInterval.ExpectedNext(null, 30));
    }

    [TestMethod]
    public void Quintile_scores_give_equal_values_equal_scores()
    {
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, RfmScores.Quintiles([10, 20, 30, 40, 50]));
        CollectionAssert.AreEqual(new[] { 5, 1, 3, 1, 3 }, RfmScores.Quintiles([9, 1, 5, 1, 5]));
        CollectionAssert.AreEqual(new[] { 1, 1, 1 }, RfmScores.Quintiles([7m, 7m, 7m]));
        CollectionAssert.AreEqual(new[] { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 }, RfmScores.Quintiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        CollectionAssert.AreEqual(new[] { 1 }, RfmScores.Quintiles([42]));
    }

    [TestMethod]
    [DataRow(5, 5, 5, AccountTier.Champions)]
    [DataRow(4, 4, 4, AccountTier.Champions)]
    [DataRow(3, 5, 5, AccountTier.Loyal)]
    [DataRow(5, 3, 3, AccountTier.Loyal)]
    [DataRow(5, 1, 5, AccountTier.Loyal)]
    [DataRow(5, 1, 1, AccountTier.New)]
    [DataRow(4, 1, 4, AccountTier.New)]
    [DataRow(5, 2, 2, AccountTier.Potential)]
    [DataRow(3, 1, 1, AccountTier.Potential)]
    [DataRow(2, 5, 5, AccountTier.CantLose)]
    [DataRow(1, 4, 4, AccountTier.CantLose)]
    [DataRow(2, 3, 3, AccountTier.AtRisk)]
    [DataRow(1, 2, 4, AccountTier.AtRisk)]
    [DataRow(2, 2, 2, AccountTier.Hibernating)]
    [DataRow(1, 2, 2, AccountTier.Lost)]
    [DataRow(1, 1, 1, AccountTier.Lost)]
    public void Tiers_follow_the_published_mapping(int r, int f, int m, AccountTier tier)
    {
        Assert.AreEqual(tier, RfmScores.Tier(r, f, m));
    }

    [TestMethod]
    public void Every_score_combination_has_a_tier_and_every_tier_occurs()
    {
        var tiers = from r in Enumerable.Range(1, 5) from f in Enumerable.Range(1, 5) from m in Enumerable.Range(1, 5) select RfmScores.Tier(r, f, m);
        CollectionAssert.AreEquivalent(Enum.GetValues<AccountTier>(), tiers.Distinct().ToArray());
    }

    [TestMethod]
    public void Settings_default_and_a_bad_one_is_named()
    {
        var defaults = AccountHistoryOptions.From(new ConfigurationBuilder().Build());
        Assert.AreEqual((730, 10, 365, "0 30 2 * * ?", 500), (defaults.LookBackDays, defaults.TopProducts, defaults.WindowDays, defaults.Schedule, defaults.BatchSize));

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Crm:Sales:Segments:WindowDays"] = "a year" }).Build();
        Assert.AreEqual("Crm:Sales:Segments:WindowDays", Assert.ThrowsExactly<CrmSettingException>(() => AccountHistoryOptions.From(bad)).Setting);

        var badCron = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Crm:Sales:Segments:Schedule"] = "every night" }).Build();
        Assert.AreEqual("Crm:Sales:Segments:Schedule", Assert.ThrowsExactly<CrmSettingException>(() => AccountHistoryOptions.From(badCron)).Setting);
    }

    [TestMethod]
    public void Query_values_are_parsed_or_named()
    {
        Assert.AreEqual((AccountTier?)AccountTier.AtRisk, AccountHistoryEndpoints.ParseTier("atrisk"));
        Assert.IsNull(AccountHistoryEndpoints.ParseTier(" "));
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => AccountHistoryEndpoints.ParseTier("3")).Errors.ContainsKey("tier"));
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => AccountHistoryEndpoints.ParseTier("Lost,New")).Errors.ContainsKey("tier"));
        Assert.AreEqual(7, AccountHistoryEndpoints.ParseTolerance("7"));
        Assert.AreEqual(0, AccountHistoryEndpoints.ParseTolerance(null));
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => AccountHistoryEndpoints.ParseTolerance("-1")).Errors.ContainsKey("toleranceDays"));
    }
}
