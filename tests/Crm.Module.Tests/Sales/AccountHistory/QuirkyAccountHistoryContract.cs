using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Testing;
using Crm.Testing.Erp.Quirky;
using static Crm.Testing.Erp.Quirky.QuirkyErpNames;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>
/// Account history on an ERP with a space-padded char(5) customer key, names that need quoting,
/// order totals stored on the header and no order lines: keys come back unpadded and match the
/// CRM's owner rows; without lines there are no products and no profitability.
/// </summary>
public abstract class QuirkyAccountHistoryContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;
    private QuirkyErpData? _data;

    protected abstract DatabaseEngine Engine { get; }

    private static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private static Dictionary<string, string?> Mapping => new()
    {
        ["Crm:Erp:Customers:Table"] = CustomerTable,
        ["Crm:Erp:Customers:Key"] = CustomerKey,
        ["Crm:Erp:Customers:KeyType"] = "FixedText",
        ["Crm:Erp:Customers:KeyLength"] = "5",
        ["Crm:Erp:Customers:Name"] = CustomerName,
        ["Crm:Erp:Orders:Table"] = OrderTable,
        ["Crm:Erp:Orders:Key"] = OrderKey,
        ["Crm:Erp:Orders:CustomerKey"] = OrderCustomerKey,
        ["Crm:Erp:Orders:OrderDate"] = OrderDate,
        ["Crm:Erp:Orders:Total"] = OrderTotal,
        ["Crm:Erp:Orders:Currency"] = OrderCurrency,
        ["Crm:Erp:Invoices:Table"] = InvoiceTable,
        ["Crm:Erp:Invoices:Key"] = InvoiceKey,
        ["Crm:Erp:Invoices:CustomerKey"] = InvoiceCustomerKey,
        ["Crm:Erp:Invoices:InvoiceDate"] = InvoiceDate,
        ["Crm:Erp:Invoices:DueDate"] = InvoiceDueDate,
        ["Crm:Erp:Invoices:Total"] = InvoiceTotal,
    };

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(Engine, async db => _data = (await QuirkyErpShape.CreateAsync(db, Today)).Data, Mapping, new FixedClock(Now));
        _run.AddOn.User.UserName = "admin";
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
    public async Task History_of_padded_keys_without_order_lines()
    {
        foreach (var customer in _data!.Customers)
        {
            var orders = _data.Orders.Where(o => o.CustomerKey == customer.Key).Select(o => DateOnly.FromDateTime(o.Date)).Order().ToList();

            var history = await _run!.AddOn.History().GetAsync(customer.Key);

            Assert.AreEqual((customer.Key, orders.Count, orders.LastOrDefault()), (history.AccountKey, history.OrderCount, history.LastOrder ?? default), customer.Key);
            Assert.IsEmpty(history.Products, "no order lines are mapped");
        }

        var ab = await _run!.AddOn.History().GetAsync("AB");
        Assert.AreEqual((60d, Today.AddDays(30)), (ab.TypicalIntervalDays!.Value, ab.ExpectedNextOrder!.Value));
    }

    [TestMethod]
    public async Task Segments_of_padded_keys_join_their_owner_and_have_no_profitability()
    {
        _run!.AddOn.User.SetRoles(CrmRoles.Admin);
        await _run.AddOn.Container.Resolve<IAccountOwners>().AssignAsync("X", "rep", 0);

        await _run.AddOn.Segments().RecomputeAsync();
        var segments = await _run.AddOn.Segments().AllSegmentsAsync();

        CollectionAssert.AreEquivalent(_data!.Orders.Select(o => o.CustomerKey).Distinct().ToList(), segments.Select(s => s.AccountKey).ToList());
        Assert.IsTrue(segments.All(s => s.Profitability is null));
        var x = segments.Single(s => s.AccountKey == "X");
        Assert.AreEqual(("rep", 150.00m, "EUR", 5), (x.Owner, x.Monetary, x.Currency, x.RecencyDays));
        var k1 = await _run.AddOn.Segments().GetAsync("K1");
        Assert.AreEqual((1500000m, "KRW", 1), (k1.Monetary, k1.Currency, k1.MonetaryScore), "the only KRW account is scored among KRW accounts");
        Assert.AreEqual(0, (await _run.AddOn.History().ReorderDueAsync(new ReorderDueQuery(), PageRequest.First)).TotalCount, "AB is due in 30 days; the others ordered once");
    }
}

[TestClass]
public sealed class SqliteQuirkyAccountHistoryTests : QuirkyAccountHistoryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresQuirkyAccountHistoryTests : QuirkyAccountHistoryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerQuirkyAccountHistoryTests : QuirkyAccountHistoryContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
