using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Dapper;
using static Crm.Module.Tests.Sales.AccountHistory.AccountHistoryRun;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>Reorder history, accounts due for reorder and the dormant-account rule, on the demo ERP plus crafted accounts.</summary>
public abstract class AccountHistoryContract
{
    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    [TestInitialize]
    public async Task StartAsync() => _run = await AccountHistoryRun.StartAsync(Engine);

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Typical_intervals_of_crafted_order_patterns()
    {
        var regular = await AddOn.History().GetAsync(CraftedAccounts.Regular);
        Assert.AreEqual((6, Today.AddDays(-190), Today.AddDays(-40)), (regular.OrderCount, regular.FirstOrder!.Value, regular.LastOrder!.Value));
        Assert.AreEqual((30d, Today.AddDays(-10)), (regular.TypicalIntervalDays!.Value, regular.ExpectedNextOrder!.Value));

        var irregular = await AddOn.History().GetAsync(CraftedAccounts.Irregular);
        Assert.AreEqual((30d, Today.AddDays(10)), (irregular.TypicalIntervalDays!.Value, irregular.ExpectedNextOrder!.Value), "the median of 10, 50, 20, 90, 30; the mean would be 40");

        var single = await AddOn.History().GetAsync(CraftedAccounts.Single);
        Assert.AreEqual((1, (double?)null, (DateOnly?)null), (single.OrderCount, single.TypicalIntervalDays, single.ExpectedNextOrder));

        var sameDay = await AddOn.History().GetAsync(CraftedAccounts.SameDay);
        Assert.AreEqual(5, sameDay.OrderCount);
        Assert.AreEqual(40d, sameDay.TypicalIntervalDays, "two orders on one day are one order day, not a gap of 0");

        var never = await AddOn.History().GetAsync(CraftedAccounts.Never);
        Assert.AreEqual((0, (DateOnly?)null, (double?)null, 0), (never.OrderCount, never.LastOrder, never.TypicalIntervalDays, never.Products.Count));
        Assert.AreEqual(730, never.LookBackDays);
    }

    [TestMethod]
    public async Task Products_bought_are_counted_from_the_order_lines()
    {
        var regular = await AddOn.History().GetAsync(CraftedAccounts.Regular);
        CollectionAssert.AreEqual(
            new[]
            {
                new ProductPurchase("P-A", "Product P-A", "EUR", 6, 12m, 120m, Today.AddDays(-40)),
                new ProductPurchase("P-B", "Product P-B", "EUR", 2, 2m, 111m, Today.AddDays(-40)),
            },
            regular.Products.ToArray());

        // A demo account with many products, against the raw lines.
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var busiest = await connection.ExecuteScalarAsync<string>(
            "SELECT customer_no FROM erp_orders WHERE order_date >= @since GROUP BY customer_no ORDER BY COUNT(*) DESC, customer_no",
            new { since = CraftedAccounts.Midnight(Today.AddDays(-730)) });
        var lines = (await RawOrders.ReadLinesAsync(connection, busiest!)).Where(l => l.Date >= Today.AddDays(-730)).ToList();
        var expected = lines.GroupBy(l => (l.Product, l.Currency))
            .ToDictionary(g => g.Key, g => (Times: g.Select(l => l.OrderNo).Distinct().Count(), Quantity: g.Sum(l => l.Quantity), Revenue: g.Sum(l => l.LineTotal), Last: g.Max(l => l.Date)));

        var history = await AddOn.History().GetAsync(busiest!);

        Assert.AreEqual(expected.Count, history.Products.Count);
        foreach (var product in history.Products)
        {
            var e = expected[(product.ProductKey, product.Currency!)];
            Assert.AreEqual((e.Times, e.Quantity, e.Revenue, e.Last), (product.TimesOrdered, product.Quantity!.Value, product.Revenue, product.LastOrdered), product.ProductKey);
        }

        CollectionAssert.AreEqual(history.Products.OrderByDescending(p => p.TimesOrdered).ToList(), history.Products.ToList(), "most often ordered first");
    }

    [TestMethod]
    public async Task Top_products_are_limited_by_configuration()
    {
        await using var host = await StartHostAsync(_run!, new() { ["Crm:Sales:AccountHistory:TopProducts"] = "1" });
        var regular = await host.History().GetAsync(CraftedAccounts.Regular);
        Assert.AreEqual("P-A", regular.Products.Single().ProductKey);
    }

    [TestMethod]
    public async Task Reorder_due_lists_the_overdue_accounts_most_overdue_first()
    {
        await AddOn.Segments().RecomputeAsync();
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var oracle = SegmentOracle.Compute(await RawOrders.ReadAsync(connection), Today);
        var expected = oracle.Values.Where(e => e.Next < Today).ToDictionary(e => e.Account, e => e.Next!.Value);
        Assert.IsTrue(expected.ContainsKey(CraftedAccounts.Regular));

        var due = await AllDueAsync(new ReorderDueQuery());

        CollectionAssert.AreEquivalent(expected.Keys.ToList(), due.Select(d => d.AccountKey).ToList());
        foreach (var d in due)
        {
            Assert.AreEqual((expected[d.AccountKey], Today.DayNumber - expected[d.AccountKey].DayNumber), (d.ExpectedNextOrder, d.DaysOverdue), d.AccountKey);
        }

        CollectionAssert.AreEqual(due.OrderByDescending(d => d.DaysOverdue).Select(d => d.DaysOverdue).ToList(), due.Select(d => d.DaysOverdue).ToList(), "most overdue first");
        var regular = due.Single(d => d.AccountKey == CraftedAccounts.Regular);
        Assert.AreEqual((10, 30d, Today.AddDays(-40), Now), (regular.DaysOverdue, regular.TypicalIntervalDays, regular.LastOrder, regular.ComputedAt));

        var tolerant = await AllDueAsync(new ReorderDueQuery(toleranceDays: 10));
        CollectionAssert.AreEquivalent(expected.Where(e => Today.DayNumber - e.Value.DayNumber > 10).Select(e => e.Key).ToList(), tolerant.Select(d => d.AccountKey).ToList());
        Assert.IsFalse(tolerant.Any(d => d.AccountKey == CraftedAccounts.Regular), "10 days overdue is within a tolerance of 10");
    }

    [TestMethod]
    public async Task Reorder_due_is_filtered_by_the_account_owner()
    {
        await AddOn.Segments().RecomputeAsync();
        AddOn.User.SetRoles(CrmRoles.SalesManager);
        await AddOn.Container.Resolve<IAccountOwners>().AssignAsync(CraftedAccounts.Regular, "rep", 0);

        var owned = await AddOn.History().ReorderDueAsync(new ReorderDueQuery(owner: "rep"), PageRequest.First);

        Assert.AreEqual(1, owned.TotalCount);
        Assert.AreEqual((CraftedAccounts.Regular, "rep"), (owned.Items[0].AccountKey, owned.Items[0].Owner));
        Assert.AreEqual(0, (await AddOn.History().ReorderDueAsync(new ReorderDueQuery(owner: "nobody"), PageRequest.First)).TotalCount);
    }

    [TestMethod]
    public async Task Reorder_due_pages_do_not_overlap()
    {
        await AddOn.Segments().RecomputeAsync();
        var first = await AddOn.History().ReorderDueAsync(new ReorderDueQuery(), new PageRequest(1, 3));
        var second = await AddOn.History().ReorderDueAsync(new ReorderDueQuery(), new PageRequest(2, 3));
        Assert.IsGreaterThan(3L, first.TotalCount, "the demo data has enough overdue accounts to page");
        Assert.AreEqual(3, second.Items.Count);
        Assert.IsEmpty(first.Items.Select(d => d.AccountKey).Intersect(second.Items.Select(d => d.AccountKey)).ToList());
        Assert.IsGreaterThanOrEqualTo(second.Items[0].DaysOverdue, first.Items[^1].DaysOverdue);
    }

    [TestMethod]
    public async Task The_dormant_account_rule_uses_the_median_interval()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var since = Today.AddDays(-730);
        var expected = (await RawOrders.ReadAsync(connection))
            .Where(o => o.Date >= since)
            .GroupBy(o => o.Customer)
            .Where(g =>
            {
                var days = g.Select(o => o.Date).Distinct().Order().ToList();
                var gaps = days.Zip(days.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Order().ToList();
                if (g.Count() < 4 || gaps.Count == 0)
                {
                    return false;
                }

                var median = gaps.Count % 2 == 1 ? gaps[gaps.Count / 2] : (gaps[(gaps.Count / 2) - 1] + gaps[gaps.Count / 2]) / 2.0;
                return Today.DayNumber - days[^1].DayNumber > 2 * median;
            })
            .Select(g => "account:" + g.Key)
            .ToList();
        CollectionAssert.Contains(expected, "account:" + CraftedAccounts.Dormant);
        CollectionAssert.DoesNotContain(expected, "account:" + CraftedAccounts.Regular);
        await using var host = await StartHostAsync(_run, new() { ["Crm:FollowUps:Rules:dormant-account:Parameters:FallbackAssignee"] = "rep" });

        var run = await host.Container.Resolve<IFollowUpService>().RunNowAsync("dormant-account");

        Assert.IsNull(run.Error, run.Error);
        var created = (await connection.QueryAsync<string>("SELECT subject_key FROM crm_follow_ups WHERE rule_code = 'dormant-account'")).ToList();
        CollectionAssert.AreEquivalent(expected, created);
    }

    [TestMethod]
    public async Task Sales_and_finance_read_history_others_do_not()
    {
        foreach (var role in new[] { CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin })
        {
            AddOn.User.SetRoles(role);
            Assert.AreEqual(CraftedAccounts.Regular, (await AddOn.History().GetAsync(CraftedAccounts.Regular)).AccountKey, role);
            Assert.IsNotNull(await AddOn.History().ReorderDueAsync(new ReorderDueQuery(), PageRequest.First), role);
        }

        AddOn.User.SetRoles(CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.History().GetAsync(CraftedAccounts.Regular));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.History().ReorderDueAsync(new ReorderDueQuery(), PageRequest.First));
        AddOn.User.IsAuthenticated = false;
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.History().GetAsync(CraftedAccounts.Regular));
    }

    [TestMethod]
    public async Task Unknown_accounts_and_bad_queries_are_named()
    {
        Assert.AreEqual("account", (await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => AddOn.History().GetAsync("NO-SUCH"))).Kind);
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => new ReorderDueQuery(toleranceDays: -1)).Errors.ContainsKey("toleranceDays"));
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => new ReorderDueQuery(owner: new string('x', 101))).Errors.ContainsKey("owner"));
    }

    private async Task<List<ReorderDue>> AllDueAsync(ReorderDueQuery query)
    {
        var all = new List<ReorderDue>();
        for (var page = 1; ; page++)
        {
            var result = await AddOn.History().ReorderDueAsync(query, new PageRequest(page, 50));
            all.AddRange(result.Items);
            if (page >= result.PageCount)
            {
                return all;
            }
        }
    }
}

[TestClass]
public sealed class SqliteAccountHistoryTests : AccountHistoryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresAccountHistoryTests : AccountHistoryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerAccountHistoryTests : AccountHistoryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
