using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Erp;

/// <summary>
/// <see cref="IErpSales"/> on Host.Sample's ERP tables with crafted sales: prefixes match exactly
/// (wildcards and case as stored), dates bound both ends, and more orders than one batch holds,
/// several on one day, come back each once and in order.
/// </summary>
public abstract class ErpSalesContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    // Three orders a day, so batches end in the middle of a day as well as at its end.
    private const int BulkOrders = 2 * 200 + 50;

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private IErpSales Sales => _run!.AddOn.Container.Resolve<IErpSales>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine,
            async db =>
            {
                await new HostSampleShape().SeedAsync(db, Today);
                await using var connection = await db.OpenConnectionAsync();
                await CraftedSales.InsertAsync(connection, Today, BulkOrders);
            },
            new Dictionary<string, string?> { ["Crm:Erp:Profile"] = "HostSample" },
            new FixedClock(Now));
        _run.AddOn.User.SetRoles(CrmRoles.Admin);
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
    public async Task A_prefix_matches_exactly_as_stored()
    {
        var lines = await ReadAsync(new ErpSaleLineQuery([CraftedSales.UnderscorePrefix, CraftedSales.PercentPrefix]));

        CollectionAssert.AreEquivalent(
            new[] { "ZT-VW_GOLF", "ZT-VW_POLO", "ZT-50%-OFF" },
            lines.Select(l => l.ProductKey).ToArray(),
            "not ZT-VWXGOLF (_ is no wildcard), not zt-vw_up (case), not ZT-50X-OFF (% is no wildcard)");
    }

    [TestMethod]
    public async Task A_line_carries_its_order_its_account_and_the_accounts_owner()
    {
        await _run!.AddOn.Container.Resolve<IAccountOwners>().AssignAsync(CraftedSales.Account, "rep1", 0);

        var line = (await ReadAsync(new ErpSaleLineQuery(["ZT-VW_GOLF"]))).Single();

        Assert.AreEqual(new ErpSaleLine(CraftedSales.Account, "Crafted sales", "rep1", "980001", "980001", Today.AddDays(-30), 1, "ZT-VW_GOLF", "Golf", 1m, 25000m, "EUR"), line);
    }

    [TestMethod]
    public async Task Dates_bound_the_orders_on_both_ends()
    {
        var lines = await ReadAsync(new ErpSaleLineQuery([CraftedSales.UnderscorePrefix], Today.AddDays(-30), Today.AddDays(-20)));

        CollectionAssert.AreEqual(new[] { "ZT-VW_GOLF", "ZT-VW_POLO" }, lines.Select(l => l.ProductKey).ToArray());
        Assert.IsEmpty(await ReadAsync(new ErpSaleLineQuery([CraftedSales.UnderscorePrefix], Today.AddDays(-29), Today.AddDays(-21))));
    }

    [TestMethod]
    public async Task Many_orders_come_back_once_each_oldest_first()
    {
        var lines = await ReadAsync(new ErpSaleLineQuery([CraftedSales.BulkPrefix]));

        Assert.HasCount(BulkOrders * 2, lines);
        Assert.HasCount(BulkOrders, lines.Select(l => l.OrderKey).Distinct());
        var order = lines.Select(l => (l.OrderDate, long.Parse(l.OrderKey, System.Globalization.CultureInfo.InvariantCulture), l.LineNumber)).ToList();
        CollectionAssert.AreEqual(order.OrderBy(o => o).ToList(), order);
    }

    [TestMethod]
    public async Task No_prefix_reads_every_line()
    {
        var lines = await ReadAsync(new ErpSaleLineQuery([]));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM erp_order_lines"), lines.Count);
    }

    [TestMethod]
    public async Task A_mapping_without_order_lines_sells_nothing()
    {
        await using var host = await AddOnUnderTest.StartAsync(
            _run!.Database,
            new Dictionary<string, string?> { ["Crm:Erp:Profile"] = "HostSample", ["Crm:Erp:OrderLines:Table"] = string.Empty, ["Crm:Erp:Orders:Total"] = "sql:0" },
            new FixedClock(Now));

        var lines = new List<ErpSaleLine>();
        await foreach (var line in host.Container.Resolve<IErpSales>().ReadLinesAsync(new ErpSaleLineQuery([])))
        {
            lines.Add(line);
        }

        Assert.IsEmpty(lines);
    }

    private async Task<List<ErpSaleLine>> ReadAsync(ErpSaleLineQuery query)
    {
        var lines = new List<ErpSaleLine>();
        await foreach (var line in Sales.ReadLinesAsync(query))
        {
            lines.Add(line);
        }

        return lines;
    }
}

[TestClass]
public sealed class SqliteErpSalesTests : ErpSalesContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresErpSalesTests : ErpSalesContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
