using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Module.Sales.Opportunities;
using Crm.Module.Scheduling;
using Crm.Module.Tests.Events;
using Microsoft.Extensions.Hosting;
using Dapper;

namespace Crm.Module.Tests.Sales.Opportunities;

/// <summary>
/// Won opportunities matched to crafted ERP orders, by reference and by amount window. The clock
/// runs two months past the seeded history, so no seeded order falls into any window.
/// </summary>
public abstract class OrderMatchContract : OpportunityTestBase
{
    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private OrderMatcher Matcher => Run.AddOn.Container.Resolve<OrderMatcher>();

    [TestInitialize]
    public void PastTheSeededHistory() => Clock.Advance(TimeSpan.FromDays(60));

    [TestMethod]
    public async Task An_order_quoting_the_number_or_reference_wins_over_one_that_fits_the_amount_and_a_cancelled_one()
    {
        var opportunity = await CreateAsync("Packaging line", 10000m, reference: "TENDER-77");
        var fitting = await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(1), "EUR", 10000m);
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today, "EUR", 10000m, opportunity.Number, status: "cancelled");
        var quoting = await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(20), "USD", 3.5m, $"PO 4711 / {opportunity.Number.ToLowerInvariant()}");

        var won = await Opportunities.WinAsync(opportunity.Id, opportunity.Version);

        Assert.AreEqual((quoting, OrderMatchMethod.Reference, Clock.GetUtcNow()), (won.Match?.OrderKey, won.Match?.Method, won.Match?.MatchedAt));
        Assert.AreEqual(opportunity.Version + 2, won.Version, "won, then matched");
        var byOwnReference = await CreateAsync("Second line", 500m, reference: "TENDER-77");
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today, "EUR", 1m, "Your tender-77");
        Assert.AreEqual(OrderMatchMethod.Reference, (await Opportunities.WinAsync(byOwnReference.Id, byOwnReference.Version)).Match?.Method);

        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(quoting, await connection.ExecuteScalarAsync<string>("SELECT order_key FROM crm_opportunity_order_matches WHERE opportunity_id = @id", new { id = opportunity.Id }));
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunity_order_matches WHERE order_key = @fitting", new { fitting }));
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.OpportunityOrderMatched'"));
    }

    [TestMethod]
    public async Task The_closest_total_in_the_window_matches_and_each_order_realizes_one_opportunity()
    {
        var first = await CreateAsync("First", 10000m);
        var second = await CreateAsync("Second", 10000m);
        var third = await CreateAsync("Third", 10000m);
        var near = await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(-2), "EUR", 10100m);
        var edge = await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(2), "EUR", 10999.99m);
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(31), "EUR", 10000m);
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(-4), "EUR", 10000m);
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(1), "USD", 10000m);
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(1), "EUR", 8999.99m);
        await CraftedOrders.AddAsync(Run.Database, "C10002", Today, "EUR", 10000m);

        var wonFirst = await Opportunities.WinAsync(first.Id, first.Version);
        var wonSecond = await Opportunities.WinAsync(second.Id, second.Version);
        var wonThird = await Opportunities.WinAsync(third.Id, third.Version);

        Assert.AreEqual((near, OrderMatchMethod.AmountWindow), (wonFirst.Match?.OrderKey, wonFirst.Match?.Method));
        Assert.AreEqual(edge, wonSecond.Match?.OrderKey, "the nearer order is taken; the next one within 10% remains");
        Assert.IsNull(wonThird.Match, "too late, too early, another currency, 10% off or another account");
        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT order_key) FROM crm_opportunity_order_matches"));
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities WHERE matched_order_key IS NOT NULL AND match_method = 'AmountWindow'"));

        var reopened = await Opportunities.ReopenAsync(first.Id, wonFirst.Version);
        Assert.AreEqual((OpportunityStatus.Open, "lead", null), (reopened.Status, reopened.StageCode, reopened.Match));
        Assert.AreEqual(near, (await Matcher.MatchAsync(third.Id, CancellationToken.None))?.Match?.OrderKey, "the reopened win gave its order back");
    }

    [TestMethod]
    public async Task The_scheduled_run_matches_orders_booked_after_the_win_in_batches_and_only_once()
    {
        var won = new List<Opportunity>();
        for (var i = 1; i <= 5; i++)
        {
            var opportunity = await CreateAsync($"Deal {i}", 1000m * i);
            won.Add(await Opportunities.WinAsync(opportunity.Id, opportunity.Version));
        }

        var lost = await CreateAsync("Lost deal", 3000m);
        await Opportunities.LoseAsync(lost.Id, "price", null, lost.Version);
        Assert.IsTrue(won.All(o => o.Match is null));

        Clock.Advance(TimeSpan.FromDays(5));
        var orders = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            orders.Add(await CraftedOrders.AddAsync(Run.Database, "C10001", Today, "EUR", 1000m * i));
        }

        Assert.AreEqual(5, await Matcher.MatchPendingAsync(CancellationToken.None), "three batches of at most two");
        Assert.AreEqual(0, await Matcher.MatchPendingAsync(CancellationToken.None), "a repeated run finds nothing left");
        foreach (var (opportunity, order) in won.Zip(orders))
        {
            Assert.AreEqual(order, (await Opportunities.GetAsync(opportunity.Id)).Match?.OrderKey);
        }

        var late = await CreateAsync("Late", 777m);
        await Opportunities.WinAsync(late.Id, late.Version);
        Clock.Advance(TimeSpan.FromDays(91));
        await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(-89), "EUR", 777m);
        Assert.AreEqual(0, await Matcher.MatchPendingAsync(CancellationToken.None), "won more than LookBackDays ago: no longer looked for");
    }

    [TestMethod]
    public async Task Quartz_runs_the_matching_on_its_schedule()
    {
        var opportunity = await CreateAsync("Scheduled", 4321m);
        var won = await Opportunities.WinAsync(opportunity.Id, opportunity.Version);
        Assert.IsNull(won.Match);
        var order = await CraftedOrders.AddAsync(Run.Database, "C10001", Today.AddDays(1), "EUR", 4321m);

        // The harness only prepares the add-on; here it runs as a host runs it, Quartz included (every second, see the settings).
        var services = Run.AddOn.Container.Resolve<IEnumerable<IHostedService>>().ToList();
        foreach (var service in services)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            Assert.IsTrue(await Run.AddOn.Container.Resolve<ICrmScheduler>().IsScheduledAsync(OrderMatchSchedule.Identity));
            await Eventually.TrueAsync(async () => (await Opportunities.GetAsync(opportunity.Id)).Match?.OrderKey == order, "the scheduled job matched the order");
        }
        finally
        {
            services.Reverse();
            foreach (var service in services)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }
}

[TestClass]
public sealed class SqliteOrderMatchTests : OrderMatchContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresOrderMatchTests : OrderMatchContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerOrderMatchTests : OrderMatchContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
