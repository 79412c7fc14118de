using ErpCrm.MedicalDevices.Consumables;
using ErpCrm.MedicalDevices.Tests.Infrastructure;

namespace ErpCrm.MedicalDevices.Tests.Consumables;

[TestClass]
public sealed class ConsumablesReorderRuleTests
{
    private static readonly DateTimeOffset Now = RuleRuns.At(2026, 11, 24);

    [TestMethod]
    public async Task An_account_past_its_usual_reorder_interval_gets_one_call_for_its_last_purchase()
    {
        var sales = new SaleLines()
            .Sold("C1", "rep", "SO-1", new DateOnly(2026, 7, 1), 1, "CON-STRIPS")
            .Sold("C1", "rep", "SO-2", new DateOnly(2026, 8, 1), 1, "CON-STRIPS")
            .Sold("C1", "rep", "SO-3", new DateOnly(2026, 8, 31), 1, "CON-STRIPS")
            .Sold("C1", "rep", "SO-4", new DateOnly(2026, 10, 1), 1, "CON-STRIPS")
            .Sold("C1", "rep", "SO-4", new DateOnly(2026, 10, 1), 2, "CON-LANCETS")
            .Sold("C1", "rep", "SO-5", new DateOnly(2026, 11, 20), 1, "DEV-GLUCOMETER");

        var proposal = (await RuleRuns.ProposeAsync(new ConsumablesReorderRule(sales), Now)).Single();

        Assert.AreEqual(("consumables:C1", "2026-10-01", "call", "rep"), (proposal.SubjectKey, proposal.Period, proposal.ActivityType, proposal.Assignee));
        StringAssert.Contains(proposal.Notes, "about every 31 days");
        StringAssert.Contains(proposal.Notes, "CON-LANCETS, CON-STRIPS");
        StringAssert.Contains(proposal.Notes, "expected by 2026-11-01");
    }

    [TestMethod]
    public async Task Accounts_within_their_rhythm_or_without_enough_purchases_get_no_call()
    {
        var sales = new SaleLines()
            .Sold("WEEKLY", "rep", "SO-1", new DateOnly(2026, 11, 3), 1, "CON-GLOVES")
            .Sold("WEEKLY", "rep", "SO-2", new DateOnly(2026, 11, 10), 1, "CON-GLOVES")
            .Sold("WEEKLY", "rep", "SO-3", new DateOnly(2026, 11, 17), 1, "CON-GLOVES")
            .Sold("WEEKLY", "rep", "SO-4", new DateOnly(2026, 11, 23), 1, "CON-GLOVES")
            .Sold("TWICE", "rep", "SO-5", new DateOnly(2026, 1, 10), 1, "CON-GLOVES")
            .Sold("TWICE", "rep", "SO-6", new DateOnly(2026, 2, 10), 1, "CON-GLOVES");

        var proposals = await RuleRuns.ProposeAsync(new ConsumablesReorderRule(sales), Now);

        Assert.IsEmpty(proposals);
    }

    [TestMethod]
    public async Task Grace_days_and_the_minimum_number_of_purchases_are_parameters()
    {
        var sales = new SaleLines()
            .Sold("C1", null, "SO-1", new DateOnly(2026, 9, 20), 1, "CON-FILTER")
            .Sold("C1", null, "SO-2", new DateOnly(2026, 10, 20), 1, "CON-FILTER");

        var byDefault = await RuleRuns.ProposeAsync(new ConsumablesReorderRule(sales), Now, ("assignee", "inside-sales"));
        var fiveDaysGrace = await RuleRuns.ProposeAsync(new ConsumablesReorderRule(sales), Now, ("assignee", "inside-sales"), ("minPurchases", "2"), ("graceDays", "5"));
        var sixDaysGrace = await RuleRuns.ProposeAsync(new ConsumablesReorderRule(sales), Now, ("assignee", "inside-sales"), ("minPurchases", "2"), ("graceDays", "6"));

        Assert.IsEmpty(byDefault, "two purchases are no rhythm by default");
        Assert.AreEqual(("C1", "inside-sales"), (fiveDaysGrace.Single().AccountKey, fiveDaysGrace.Single().Assignee), "expected on 2026-11-19, five days ago");
        Assert.IsEmpty(sixDaysGrace);
    }

    [TestMethod]
    [DataRow(new[] { "2026-01-01", "2026-01-31" }, 30)]
    [DataRow(new[] { "2026-01-01", "2026-01-31", "2026-03-02", "2026-03-12" }, 30, DisplayName = "one rushed order does not move the median")]
    [DataRow(new[] { "2026-01-01", "2026-01-11", "2026-01-31" }, 15, DisplayName = "even number of gaps: the middle two, rounded up")]
    public void The_typical_interval_is_the_median_gap(string[] dates, int expected)
    {
        var orderDates = dates.Select(d => DateOnly.Parse(d, CultureInfo.InvariantCulture)).ToList();

        Assert.AreEqual(expected, PurchaseRhythm.TypicalIntervalDays(orderDates));
    }
}
