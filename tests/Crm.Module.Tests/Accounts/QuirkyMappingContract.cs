using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Tests.Harness;
using Crm.Testing;
using Crm.Testing.Erp.Quirky;
using static Crm.Testing.Erp.Quirky.QuirkyErpNames;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// An ERP whose names all need quoting (spaces, $, brackets, umlauts) and whose customer key is a
/// space-padded char(5), mapped by hand without a profile, with stored totals and open amounts.
/// </summary>
public abstract class QuirkyMappingContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;
    private QuirkyErpSummary? _summary;

    protected abstract DatabaseEngine Engine { get; }

    private static Dictionary<string, string?> Mapping => new()
    {
        ["Crm:Erp:Customers:Table"] = CustomerTable,
        ["Crm:Erp:Customers:Key"] = CustomerKey,
        ["Crm:Erp:Customers:KeyType"] = "FixedText",
        ["Crm:Erp:Customers:KeyLength"] = "5",
        ["Crm:Erp:Customers:Name"] = CustomerName,
        ["Crm:Erp:Customers:Email"] = CustomerEmail,
        ["Crm:Erp:Orders:Table"] = OrderTable,
        ["Crm:Erp:Orders:Key"] = OrderKey,
        ["Crm:Erp:Orders:CustomerKey"] = OrderCustomerKey,
        ["Crm:Erp:Orders:OrderDate"] = OrderDate,
        ["Crm:Erp:Orders:Total"] = OrderTotal,
        ["Crm:Erp:Orders:Currency"] = OrderCurrency,
        ["Crm:Erp:Invoices:Table"] = InvoiceTable,
        ["Crm:Erp:Invoices:Key"] = InvoiceKey,
        ["Crm:Erp:Invoices:CustomerKey"] = InvoiceCustomerKey,
        ["Crm:Erp:Invoices:OrderKey"] = InvoiceOrderKey,
        ["Crm:Erp:Invoices:InvoiceDate"] = InvoiceDate,
        ["Crm:Erp:Invoices:DueDate"] = InvoiceDueDate,
        ["Crm:Erp:Invoices:Total"] = InvoiceTotal,
        ["Crm:Erp:Invoices:Paid"] = InvoicePaid,
        ["Crm:Erp:Invoices:Open"] = InvoiceOpen,
        ["Crm:Erp:Invoices:Currency"] = "sql:'EUR'",
    };

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, async db => _summary = await QuirkyErpShape.CreateAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), Mapping, new FixedClock(Now));
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
    public async Task Short_keys_of_a_padded_column_are_found_and_shown_without_padding()
    {
        foreach (var customer in _summary!.Data.Customers)
        {
            var overview = await _run!.AddOn.Accounts.GetOverviewAsync(customer.Key, 50);
            Assert.AreEqual(customer.Key, overview.Account.Key);
            Assert.AreEqual(customer.Name, overview.Account.Name);

            var orders = _summary.Data.Orders.Where(o => o.CustomerKey == customer.Key).ToList();
            Assert.AreEqual(orders.Count, overview.OrderCount, customer.Key);
            Assert.AreEqual(orders.Sum(o => o.Total), overview.Orders.Items.Sum(o => o.Total), customer.Key);

            var invoices = _summary.Data.Invoices.Where(i => i.CustomerKey == customer.Key).ToList();
            Assert.AreEqual(invoices.Count, overview.Invoices!.TotalCount, customer.Key);
            Assert.AreEqual(invoices.Where(i => i.Open > 0).Sum(i => i.Open), overview.Balances.Sum(b => b.OpenBalance), customer.Key);
        }
    }

    [TestMethod]
    public async Task Search_by_key_prefix_works_on_a_padded_column()
    {
        var found = await _run!.AddOn.Accounts.SearchAsync("AB", PageRequest.First);
        Assert.IsTrue(found.Items.Any(a => a.Key == "AB"));
    }

    [TestMethod]
    public async Task A_key_longer_than_the_column_is_not_found()
    {
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => _run!.AddOn.Accounts.GetOverviewAsync("ABCDEF", 5));
    }
}

[TestClass]
public sealed class QuirkyMappingOnSqliteTests : QuirkyMappingContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class QuirkyMappingOnPostgresTests : QuirkyMappingContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class QuirkyMappingOnSqlServerTests : QuirkyMappingContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
