using Crm.Abstractions.FollowUps;
using static Company.CrmPlugin.Tests.SaleLinesInMemory;

namespace Company.CrmPlugin.Tests;

[TestClass]
public sealed class ServiceDueRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    private static FollowUpRuleContext Context(params (string Key, string Value)[] parameters) =>
        new(Now, parameters.ToDictionary(p => p.Key, p => p.Value));

    private static async Task<List<FollowUpProposal>> ProposeAsync(SaleLinesInMemory sales, FollowUpRuleContext context) =>
        await new ServiceDueRule(sales).ProposeAsync(context, CancellationToken.None).ToListAsync();

    [TestMethod]
    public async Task An_order_bought_twelve_months_ago_gets_one_call_for_the_account_owner()
    {
        var sales = new SaleLinesInMemory(
            Line("C100", "anna", "O-1", new DateOnly(2025, 11, 24), "PUMP-7", lineNumber: 1),
            Line("C100", "anna", "O-1", new DateOnly(2025, 11, 24), "PUMP-8", lineNumber: 2));

        var proposals = await ProposeAsync(sales, Context());

        var call = Assert.ContainsSingle(proposals);
        Assert.AreEqual("order:O-1", call.SubjectKey);
        Assert.AreEqual(string.Empty, call.Period);
        Assert.AreEqual("C100", call.AccountKey);
        Assert.AreEqual("call", call.ActivityType);
        Assert.AreEqual("anna", call.Assignee);
        Assert.AreEqual("Service due: Device PUMP-7", call.Subject);
        Assert.AreEqual(Now.AddDays(7), call.DueAt);
        Assert.AreEqual("Order SO-O-1 of 2025-11-24 is 12 months old.", call.Notes);
    }

    [TestMethod]
    public async Task Orders_that_are_younger_or_long_past_due_get_no_call()
    {
        var sales = new SaleLinesInMemory(
            Line("C100", "anna", "O-young", new DateOnly(2026, 1, 10), "PUMP-7"),
            Line("C200", "ben", "O-old", new DateOnly(2024, 11, 24), "PUMP-7"),
            Line("C300", "carl", "O-due", new DateOnly(2025, 11, 1), "PUMP-7"));

        var proposals = await ProposeAsync(sales, Context());

        Assert.AreEqual("order:O-due", Assert.ContainsSingle(proposals).SubjectKey);
    }

    [TestMethod]
    public async Task Months_and_products_come_from_the_rule_parameters()
    {
        var sales = new SaleLinesInMemory(
            Line("C100", "anna", "O-pump", new DateOnly(2026, 5, 24), "PUMP-7"),
            Line("C200", "ben", "O-filter", new DateOnly(2026, 5, 24), "FILTER-1"));

        var proposals = await ProposeAsync(sales, Context(("months", "6"), ("products", "PUMP-, VALVE-")));

        Assert.AreEqual("order:O-pump", Assert.ContainsSingle(proposals).SubjectKey);
        Assert.AreEqual("PUMP-|VALVE-", string.Join('|', Assert.ContainsSingle(sales.Queries).ProductKeyPrefixes));
    }

    [TestMethod]
    public async Task Accounts_without_owner_go_to_the_configured_assignee_or_are_left_out()
    {
        var sales = new SaleLinesInMemory(Line("C100", null, "O-1", new DateOnly(2025, 11, 24), "PUMP-7"));

        var withoutAssignee = await ProposeAsync(sales, Context());
        var withAssignee = await ProposeAsync(sales, Context(("assignee", "service-desk")));

        Assert.IsEmpty(withoutAssignee);
        Assert.AreEqual("service-desk", Assert.ContainsSingle(withAssignee).Assignee);
    }

    [TestMethod]
    public async Task A_wrong_months_parameter_fails_the_run_naming_it()
    {
        var sales = new SaleLinesInMemory();

        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => ProposeAsync(sales, Context(("months", "twelve"))));

        Assert.Contains("'months'", error.Message);
    }
}
