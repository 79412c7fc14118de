using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Erp.Quirky;
using Dapper;
using static Crm.Testing.Erp.Quirky.QuirkyErpNames;

namespace Crm.Module.Tests.Infrastructure;

/// <summary>The quirky ERP's awkward names work and its fixed-length keys come back as the engine stores them.</summary>
public abstract class QuirkyErpShapeContract
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private TestDatabase? database;
    private DbConnection? connection;

    protected abstract DatabaseEngine Engine { get; }

    /// <summary>Whether the engine pads char(n) values with spaces (SQLite does not).</summary>
    protected abstract bool PadsFixedText { get; }

    private QuirkyErpSummary Summary { get; set; } = null!;

    private DbConnection Connection => connection!;

    [TestInitialize]
    public async Task SeedAsync()
    {
        database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));
        connection = await database.OpenConnectionAsync();
        Summary = await QuirkyErpShape.CreateAsync(connection, Engine, Today);
    }

    [TestCleanup]
    public async Task DropAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task TablesHoldTheSeededRows()
    {
        Assert.AreEqual(Summary.Customers, await Connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {Q(CustomerTable)}"));
        Assert.AreEqual(Summary.Orders, await Connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {Q(OrderTable)}"));
        Assert.AreEqual(Summary.Invoices, await Connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {Q(InvoiceTable)}"));
        Assert.AreEqual(
            Summary.InvoicesWithoutOrder,
            await Connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {Q(InvoiceTable)} WHERE {Q(InvoiceOrderKey)} IS NULL"));
        Assert.IsGreaterThan(3, Summary.CustomersWithShortKeys);
    }

    [TestMethod]
    public async Task FixedLengthKeysComeBackAsTheEngineStoresThem()
    {
        var keys = (await Connection.QueryAsync<string>($"SELECT {Q(CustomerKey)} FROM {Q(CustomerTable)}")).Order(StringComparer.Ordinal).ToList();
        var expected = Summary.Data.Customers.Select(customer => PadsFixedText ? customer.PaddedKey : customer.Key).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(expected, keys);
        Assert.AreEqual(PadsFixedText, keys.Contains("AB   "));
    }

    [TestMethod]
    public async Task AwkwardColumnsHoldTheirValues()
    {
        var customer = Summary.Data.Customers.Single(candidate => candidate.Key == "K1");
        var name = await Connection.ExecuteScalarAsync<string>(
            $"SELECT {Q(CustomerName)} FROM {Q(CustomerTable)} WHERE {Q(CustomerEmail)} = @email", new { email = customer.Email });
        var open = await Connection.ExecuteScalarAsync<decimal>($"SELECT SUM({Q(InvoiceOpen)}) FROM {Q(InvoiceTable)}");
        var currencies = await Connection.ExecuteScalarAsync<int>($"SELECT COUNT(DISTINCT {Q(OrderCurrency)}) FROM {Q(OrderTable)}");

        Assert.AreEqual(customer.Name, name);
        Assert.AreEqual(Summary.Data.Invoices.Sum(invoice => invoice.Open), open);
        Assert.AreEqual(Summary.Data.Orders.Select(order => order.Currency).Distinct().Count(), currencies);
    }

    private string Q(string name) => EngineSql.Quote(Engine, name);
}

[TestClass]
public sealed class QuirkyErpShapeOnSqliteTests : QuirkyErpShapeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    protected override bool PadsFixedText => false;
}

[TestClass]
public sealed class QuirkyErpShapeOnPostgresTests : QuirkyErpShapeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    protected override bool PadsFixedText => true;
}

[TestClass]
public sealed class QuirkyErpShapeOnSqlServerTests : QuirkyErpShapeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;

    protected override bool PadsFixedText => true;
}
