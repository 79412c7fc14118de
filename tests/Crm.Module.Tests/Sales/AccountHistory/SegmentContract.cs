using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Scheduling;
using Crm.Module.Tests.Harness;
using Dapper;
using Microsoft.Extensions.Hosting;
using static Crm.Module.Tests.Sales.AccountHistory.AccountHistoryRun;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>RFM segments and profitability: against an independent computation, idempotent and atomic recomputes, permissions.</summary>
public abstract class SegmentContract
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
    public async Task Scores_tiers_and_profitability_match_an_independent_computation()
    {
        var oracle = await OracleAsync();
        Assert.IsGreaterThan(1, oracle.Values.Select(e => e.Currency).Distinct().Count(), "the demo data has several currencies");

        var recompute = await AddOn.Segments().RecomputeAsync();
        var segments = await AddOn.Segments().AllSegmentsAsync();

        Assert.AreEqual((oracle.Count, Now), (recompute.Accounts, recompute.ComputedAt));
        CollectionAssert.AreEquivalent(oracle.Keys.ToList(), segments.Select(s => s.AccountKey).ToList());
        foreach (var s in segments)
        {
            var e = oracle[s.AccountKey];
            Assert.AreEqual(
                (e.LastOrder, e.RecencyDays, e.Frequency, e.Currency, e.R, e.F, e.M, e.Tier, e.Interval, e.Next),
                (s.LastOrder, s.RecencyDays, s.Frequency, s.Currency, s.RecencyScore, s.FrequencyScore, s.MonetaryScore, s.Tier, s.TypicalIntervalDays, s.ExpectedNextOrder),
                s.AccountKey);
            Assert.AreEqual(e.Monetary, s.Monetary, 0.0001m, s.AccountKey);
            Assert.AreEqual(Now, s.ComputedAt);
            if (e.Currency is null)
            {
                Assert.IsNull(s.Profitability, $"{s.AccountKey}: no order in the window, nothing earned");
                continue;
            }

            Assert.IsNotNull(s.Profitability, s.AccountKey);
            Assert.AreEqual(e.ProfitRevenue!.Value, s.Profitability.Revenue, 0.0001m, s.AccountKey);
            Assert.AreEqual(e.ProfitCost!.Value, s.Profitability.Cost, 0.001m, s.AccountKey);
            Assert.AreEqual(s.Profitability.Revenue - s.Profitability.Cost, s.Profitability.Margin);
        }

        var regular = segments.Single(s => s.AccountKey == CraftedAccounts.Regular).Profitability!;
        Assert.AreEqual(("EUR", 231m, 152.5m, 78.5m, 33.98m), (regular.Currency, regular.Revenue, regular.Cost, regular.Margin, regular.MarginPercent!.Value));
        Assert.IsFalse(oracle.ContainsKey(CraftedAccounts.Never), "an account that never ordered has no segment");
    }

    [TestMethod]
    public async Task Tier_counts_and_tier_pages_agree_with_the_independent_computation()
    {
        var oracle = await OracleAsync();
        Assert.AreEqual((DateTimeOffset?)null, (await AddOn.Segments().SummaryAsync()).ComputedAt, "nothing computed yet");
        await AddOn.Segments().RecomputeAsync();

        var summary = await AddOn.Segments().SummaryAsync();

        Assert.AreEqual((Now, 365), (summary.ComputedAt!.Value, summary.WindowDays));
        CollectionAssert.AreEqual(Enum.GetValues<AccountTier>(), summary.Tiers.Select(t => t.Tier).ToArray());
        foreach (var count in summary.Tiers)
        {
            var expected = oracle.Values.Where(e => e.Tier == count.Tier).Select(e => e.Account).ToList();
            Assert.AreEqual(expected.Count, count.Accounts, count.Tier.ToString());
            CollectionAssert.AreEquivalent(expected, (await AddOn.Segments().AllSegmentsAsync(count.Tier)).Select(s => s.AccountKey).ToList(), count.Tier.ToString());
        }

        Assert.IsGreaterThan(2, summary.Tiers.Count(t => t.Accounts > 0), "the demo data spreads over several tiers");
    }

    [TestMethod]
    public async Task One_accounts_segment_and_the_accounts_without_one()
    {
        await AddOn.Segments().RecomputeAsync();

        var single = await AddOn.Segments().GetAsync(CraftedAccounts.Single);

        Assert.AreEqual((15, 1, (double?)null), (single.RecencyDays, single.Frequency, single.TypicalIntervalDays));
        Assert.AreEqual("segment", (await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => AddOn.Segments().GetAsync(CraftedAccounts.Never))).Kind);
        Assert.AreEqual("account", (await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => AddOn.Segments().GetAsync("NO-SUCH"))).Kind);
    }

    [TestMethod]
    public async Task Recomputing_again_gives_the_same_segments_in_a_new_generation()
    {
        var first = await AddOn.Segments().RecomputeAsync();
        var before = await AddOn.Segments().AllSegmentsAsync();
        var second = await AddOn.Segments().RecomputeAsync();
        var after = await AddOn.Segments().AllSegmentsAsync();

        Assert.AreEqual(first.Generation + 1, second.Generation);
        Assert.AreEqual(first.Accounts, second.Accounts);
        CollectionAssert.AreEqual(before.Select(Comparable).ToList(), after.Select(Comparable).ToList());
        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(second.Generation, await connection.ExecuteScalarAsync<long>("SELECT MIN(generation) FROM crm_account_segments"));
        Assert.AreEqual(second.Accounts, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_account_segments"));
    }

    [TestMethod]
    public async Task Readers_during_a_recompute_see_one_whole_generation()
    {
        var first = await AddOn.Segments().RecomputeAsync();
        await using var host = await StartHostAsync(_run!, new() { ["Crm:Sales:Segments:BatchSize"] = "1" });
        await using var connection = await _run!.Database.OpenConnectionAsync();

        var recompute = Task.Run(() => host.Segments().RecomputeAsync());
        var seen = new List<(long Rows, long Oldest, long Newest)>();
        do
        {
            seen.Add(await connection.QuerySingleAsync<(long, long, long)>("SELECT COUNT(*), MIN(generation), MAX(generation) FROM crm_account_segments"));
        }
        while (!recompute.IsCompleted);
        var second = await recompute;
        seen.Add(await connection.QuerySingleAsync<(long, long, long)>("SELECT COUNT(*), MIN(generation), MAX(generation) FROM crm_account_segments"));

        foreach (var (rows, oldest, newest) in seen)
        {
            Assert.AreEqual(oldest, newest, "one generation at a time");
            Assert.AreEqual(first.Accounts, rows, $"generation {oldest} whole");
            CollectionAssert.Contains(new[] { first.Generation, second.Generation }, oldest);
        }
    }

    [TestMethod]
    public async Task Two_recomputes_at_once_both_finish_and_leave_one_generation()
    {
        await using var other = await StartHostAsync(_run!, []);

        var results = await Task.WhenAll(Task.Run(() => AddOn.Segments().RecomputeAsync()), Task.Run(() => other.Segments().RecomputeAsync()));

        CollectionAssert.AreEquivalent(new[] { 1L, 2L }, results.Select(r => r.Generation).ToArray());
        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual((results[0].Accounts, 2L, 2L), await connection.QuerySingleAsync<(long, long, long)>("SELECT COUNT(*), MIN(generation), MAX(generation) FROM crm_account_segments"));
    }

    [TestMethod]
    public async Task Without_cost_in_the_mapping_profitability_is_absent_not_zero()
    {
        await using var noCost = await StartHostAsync(_run!, new() { ["Crm:Erp:OrderLines:UnitCost"] = string.Empty });

        await noCost.Segments().RecomputeAsync();

        var segments = await noCost.Segments().AllSegmentsAsync();
        Assert.IsNotEmpty(segments);
        Assert.IsTrue(segments.All(s => s.Profitability is null));
        Assert.IsGreaterThan(0m, segments.Single(s => s.AccountKey == CraftedAccounts.Regular).Monetary, "revenue is still known");
    }

    [TestMethod]
    public async Task A_line_without_cost_makes_the_accounts_profitability_unknown()
    {
        await using var partial = await StartHostAsync(_run!, new()
        {
            ["Crm:Erp:OrderLines:UnitCost"] = $"sql:CASE WHEN [product_no] = '{CraftedAccounts.NoCostProduct}' THEN NULL ELSE [unit_cost] END",
        });

        await partial.Segments().RecomputeAsync();

        Assert.IsNull((await partial.Segments().GetAsync(CraftedAccounts.Single)).Profitability);
        Assert.AreEqual(152.5m, (await partial.Segments().GetAsync(CraftedAccounts.Regular)).Profitability!.Cost);
    }

    [TestMethod]
    public async Task Sales_and_finance_read_segments_only_an_admin_recomputes()
    {
        await AddOn.Segments().RecomputeAsync();
        foreach (var role in new[] { CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance })
        {
            AddOn.User.SetRoles(role);
            Assert.AreEqual(8, (await AddOn.Segments().SummaryAsync()).Tiers.Count, role);
            Assert.AreEqual(CraftedAccounts.Regular, (await AddOn.Segments().GetAsync(CraftedAccounts.Regular)).AccountKey, role);
            Assert.IsNotEmpty((await AddOn.Segments().ListAsync(null, PageRequest.First)).Items, role);
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Segments().RecomputeAsync(), role);
        }

        AddOn.User.SetRoles(CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Segments().SummaryAsync());
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Segments().ListAsync(AccountTier.Lost, PageRequest.First));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => AddOn.Segments().GetAsync(CraftedAccounts.Regular));
    }

    [TestMethod]
    public async Task The_recompute_is_scheduled_on_the_configured_cron()
    {
        await using var host = await StartHostAsync(_run!, new() { ["Crm:Sales:Segments:Schedule"] = "0 15 3 * * ?" });
        var schedule = host.Container.Resolve<IEnumerable<IHostedService>>().OfType<Crm.Module.Sales.AccountHistory.SegmentSchedule>().Single();

        await schedule.StartAsync(CancellationToken.None);

        Assert.IsTrue(await host.Container.Resolve<ICrmScheduler>().IsScheduledAsync(Crm.Module.Sales.AccountHistory.SegmentSchedule.Identity));
    }

    private async Task<IReadOnlyDictionary<string, SegmentOracle.Expected>> OracleAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return SegmentOracle.Compute(await RawOrders.ReadAsync(connection), Today);
    }

    private static AccountSegment Comparable(AccountSegment segment) => segment with { ComputedAt = default };
}

[TestClass]
public sealed class SqliteSegmentTests : SegmentContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresSegmentTests : SegmentContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerSegmentTests : SegmentContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
