using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Erp.SapBusinessOne;
using Dapper;

namespace Crm.Module.Tests.Infrastructure;

/// <summary>The SAP Business One test data is created as SAP lays it out and is self-consistent; one derived class per engine.</summary>
public abstract class SapBusinessOneShapeContract
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly string[] OddCardCodes = ["C-0001", "C/1007", "000123", "C 20031", "C-2024-00000055"];

    private TestDatabase? database;
    private DbConnection? connection;

    protected abstract DatabaseEngine Engine { get; }

    private SapBusinessOneSummary Summary { get; set; } = null!;

    private DbConnection Connection => connection!;

    [TestInitialize]
    public async Task SeedAsync()
    {
        database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));
        connection = await database.OpenConnectionAsync();
        Summary = await SapBusinessOneShape.CreateAsync(connection, Engine, Today);
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
        Assert.AreEqual(Summary.Customers + Summary.Suppliers + Summary.Leads, await CountAsync("OCRD"));
        Assert.AreEqual(Summary.Customers, await CountAsync("OCRD", $"{Q("CardType")} = 'C'"));
        Assert.AreEqual(Summary.Suppliers, await CountAsync("OCRD", $"{Q("CardType")} = 'S'"));
        Assert.AreEqual(Summary.Leads, await CountAsync("OCRD", $"{Q("CardType")} = 'L'"));
        Assert.AreEqual(Summary.Orders, await CountAsync("ORDR"));
        Assert.AreEqual(Summary.CancelledOrders, await CountAsync("ORDR", $"{Q("CANCELED")} = 'Y'"));
        Assert.AreEqual(Summary.OrderLines, await CountAsync("RDR1"));
        Assert.AreEqual(Summary.Invoices, await CountAsync("OINV"));
        Assert.AreEqual(Summary.CancelledInvoices, await CountAsync("OINV", $"{Q("CANCELED")} = 'Y'"));
        Assert.AreEqual(Summary.InvoiceLines, await CountAsync("INV1"));
        Assert.AreEqual(Summary.Payments, await CountAsync("ORCT"));
        Assert.AreEqual(Summary.PaymentLines, await CountAsync("RCT2"));
    }

    [TestMethod]
    public void SampleHasEveryCaseTheAddOnMustHandle()
    {
        Assert.IsInRange(55, 65, Summary.Customers);
        Assert.IsGreaterThan(0, Summary.Suppliers);
        Assert.IsGreaterThan(0, Summary.Leads);
        Assert.IsGreaterThan(150, Summary.Orders);
        Assert.IsGreaterThan(0, Summary.CancelledOrders);
        Assert.IsGreaterThan(0, Summary.CancelledInvoices);
        Assert.IsGreaterThan(0, Summary.InvoicesWithoutOrder);
        Assert.IsGreaterThan(0, Summary.OrdersWithSeveralInvoices);
        Assert.IsGreaterThan(10, Summary.PaidInvoices);
        Assert.IsGreaterThan(3, Summary.PartlyPaidInvoices);
        Assert.IsGreaterThan(3, Summary.UnpaidInvoices);
        Assert.IsGreaterThan(3, Summary.OverdueInvoices);
        Assert.IsGreaterThan(0, Summary.CancelledPayments);
        Assert.IsTrue(Summary.Data.Payments.Any(payment => payment.Applications.Count > 1), "a payment settling several invoices");
        Assert.IsTrue(Summary.Data.Orders.Any(order => order.DocNum != order.DocEntry), "DocNum differs from DocEntry");
        var codes = Summary.Data.BusinessPartners.Select(partner => partner.CardCode).ToList();
        CollectionAssert.IsSubsetOf(OddCardCodes, codes);
        Assert.IsTrue(Summary.Data.BusinessPartners.All(partner => partner.CardCode.Length <= 15));
    }

    [TestMethod]
    public async Task SameDayGivesTheSameData()
    {
        await using var other = SqliteTestDatabase.Create();
        var again = await SapBusinessOneShape.CreateAsync(other, Today);

        Assert.AreEqual(Summary.Orders, again.Orders);
        CollectionAssert.AreEqual(Summary.Data.Orders.Select(order => (order.DocEntry, order.CardCode, order.DocDate, order.DocTotal)).ToList(), again.Data.Orders.Select(order => (order.DocEntry, order.CardCode, order.DocDate, order.DocTotal)).ToList());
        CollectionAssert.AreEqual(Summary.Data.Invoices.Select(invoice => invoice.PaidToDate).ToList(), again.Data.Invoices.Select(invoice => invoice.PaidToDate).ToList());
    }

    [TestMethod]
    public async Task OrderTotalsAreTheSumOfTheirLines()
    {
        // A tolerance, because SQLite keeps numeric columns as floating point.
        var mismatches = await Connection.ExecuteScalarAsync<int>(
            $"""
            SELECT COUNT(*) FROM {Q("ORDR")} o
            WHERE ABS(o.{Q("DocTotal")} - (SELECT SUM(l.{Q("LineTotal")}) FROM {Q("RDR1")} l WHERE l.{Q("DocEntry")} = o.{Q("DocEntry")})) > 0.005
            """);

        Assert.AreEqual(0, mismatches);
    }

    [TestMethod]
    public async Task InvoicesReachOrdersOnlyThroughTheirLines()
    {
        var linkedLines = await CountAsync("INV1", $"{Q("BaseType")} = 17");
        var linesOfRealOrders = await Connection.ExecuteScalarAsync<int>(
            $"SELECT COUNT(*) FROM {Q("INV1")} l JOIN {Q("ORDR")} o ON o.{Q("DocEntry")} = l.{Q("BaseEntry")} WHERE l.{Q("BaseType")} = 17");
        var invoicesWithoutOrder = await Connection.ExecuteScalarAsync<int>(
            $"""
            SELECT COUNT(*) FROM {Q("OINV")} i
            WHERE NOT EXISTS (SELECT 1 FROM {Q("INV1")} l WHERE l.{Q("DocEntry")} = i.{Q("DocEntry")} AND l.{Q("BaseType")} = 17)
            """);

        Assert.AreEqual(linkedLines, linesOfRealOrders);
        Assert.AreEqual(Summary.InvoicesWithoutOrder, invoicesWithoutOrder);
        Assert.AreEqual(0, await CountAsync("INV1", $"{Q("BaseType")} = -1 AND {Q("BaseEntry")} IS NOT NULL"));
    }

    [TestMethod]
    public async Task PaidToDateIsTheSumOfAppliedPaymentsThatWereNotCancelled()
    {
        var mismatches = await Connection.ExecuteScalarAsync<int>(
            $"""
            SELECT COUNT(*) FROM {Q("OINV")} i
            WHERE ABS(i.{Q("PaidToDate")} - COALESCE((
                SELECT SUM(r.{Q("SumApplied")}) FROM {Q("RCT2")} r JOIN {Q("ORCT")} p ON p.{Q("DocEntry")} = r.{Q("DocNum")}
                WHERE r.{Q("DocEntry")} = i.{Q("DocEntry")} AND r.{Q("InvType")} = 13 AND p.{Q("Canceled")} = 'N'), 0)) > 0.005
            """);

        Assert.AreEqual(0, mismatches);
    }

    [TestMethod]
    public async Task TextAndDatesComeBackAsWritten()
    {
        var korean = Summary.Data.BusinessPartners.First(partner => partner.Country == "KR" && partner.IsCustomer);
        var order = Summary.Data.Orders[^1];

        var name = await Connection.ExecuteScalarAsync<string>(
            $"SELECT {Q("CardName")} FROM {Q("OCRD")} WHERE {Q("CardCode")} = @code", new { code = korean.CardCode });
        var date = await Connection.ExecuteScalarAsync<DateTime>(
            $"SELECT {Q("DocDate")} FROM {Q("ORDR")} WHERE {Q("DocEntry")} = @entry", new { entry = order.DocEntry });
        var odd = await Connection.ExecuteScalarAsync<string>(
            $"SELECT {Q("CardName")} FROM {Q("OCRD")} WHERE {Q("CardCode")} = @code", new { code = "C/1007" });

        Assert.AreEqual(korean.CardName, name);
        Assert.AreEqual(order.DocDate, date);
        Assert.AreEqual(TimeSpan.Zero, date.TimeOfDay);
        Assert.IsNotNull(odd);
    }

    private string Q(string name) => EngineSql.Quote(Engine, name);

    private Task<int> CountAsync(string table, string? where = null) =>
        Connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {Q(table)}{(where is null ? string.Empty : " WHERE " + where)}");
}

[TestClass]
public sealed class SapBusinessOneShapeOnSqliteTests : SapBusinessOneShapeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class SapBusinessOneShapeOnPostgresTests : SapBusinessOneShapeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SapBusinessOneShapeOnSqlServerTests : SapBusinessOneShapeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
