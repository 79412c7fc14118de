using System.Diagnostics;
using Crm.Abstractions.Erp;
using Dapper;
using Host.Sample.Erp;
using Host.Sample.Erp.DemoData;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Erp;

/// <summary>Checks the default demo data set, seeded once into one SQLite file for the whole class.</summary>
[TestClass]
public sealed class DemoDataSeederTests
{
    private static readonly DateOnly Today = new(2025, 6, 16);

    private static TempSqliteFile? _file;

    private static TempSqliteFile Seeded => _file ?? throw new InvalidOperationException("The class was not initialised.");

    [ClassInitialize]
    public static async Task SeedAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _file = new TempSqliteFile();
        var elapsed = await MigrateAndSeedAsync(_file, context.CancellationToken);
        context.WriteLine($"Seeding the default size took {elapsed.TotalMilliseconds:F0} ms.");
    }

    [ClassCleanup]
    public static void DeleteFile() => _file?.Dispose();

    [TestMethod]
    public void CreatesHundredsOfCustomersInGermanKoreanAndEnglish()
    {
        using var connection = Seeded.Open();
        var names = connection.Query<string>("SELECT name FROM erp_customers").ToList();

        Assert.IsGreaterThanOrEqualTo(200, names.Count);
        Assert.IsGreaterThanOrEqualTo(20, names.Count(name => name.Any(c => c is >= '\uAC00' and <= '\uD7A3')));
        Assert.IsGreaterThanOrEqualTo(20, names.Count(name => name.Contains("GmbH", StringComparison.Ordinal) || name.Any(c => "äöüÄÖÜß".Contains(c, StringComparison.Ordinal))));
        Assert.IsGreaterThanOrEqualTo(20, names.Count(name => name.EndsWith("Ltd", StringComparison.Ordinal) || name.EndsWith("Inc.", StringComparison.Ordinal) || name.EndsWith("LLC", StringComparison.Ordinal)));
        Assert.AreEqual(names.Count, names.Distinct(StringComparer.Ordinal).Count(), "Customer names repeat.");
    }

    [TestMethod]
    public void GivesEachCountryItsCurrency()
    {
        using var connection = Seeded.Open();
        var pairs = connection.Query<string>("SELECT DISTINCT country || ':' || currency FROM erp_customers ORDER BY 1");

        Assert.AreEqual("AT:EUR,CH:CHF,DE:EUR,GB:GBP,KR:KRW,US:USD", string.Join(',', pairs));
    }

    [TestMethod]
    public void HasCustomersWithoutEmailAndWithoutOrders()
    {
        using var connection = Seeded.Open();

        Assert.IsGreaterThan(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM erp_customers WHERE email IS NULL"));
        Assert.IsGreaterThan(0, connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM erp_customers c WHERE NOT EXISTS (SELECT 1 FROM erp_orders o WHERE o.customer_no = c.customer_no)"));
    }

    [TestMethod]
    public void CreatesThousandsOfOrdersInAllStatuses()
    {
        using var connection = Seeded.Open();
        var statuses = connection.Query<(string Status, int Count)>("SELECT status, COUNT(*) FROM erp_orders GROUP BY status")
            .ToDictionary(row => row.Status, row => row.Count, StringComparer.Ordinal);
        var total = statuses.Values.Sum();

        Assert.IsGreaterThanOrEqualTo(2000, total);
        Assert.IsGreaterThan(total / 2, statuses["Shipped"]);
        Assert.IsGreaterThan(0, statuses["Open"]);
        Assert.IsTrue(statuses["Cancelled"] > total / 100 && statuses["Cancelled"] < total / 25, $"{statuses["Cancelled"]} of {total} cancelled.");
        Assert.AreEqual(0, connection.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM erp_orders
            WHERE order_date > @Today
               OR (status = 'Shipped') <> (shipped_on IS NOT NULL)
               OR shipped_on <= order_date
               OR NOT EXISTS (SELECT 1 FROM erp_order_lines l WHERE l.order_no = erp_orders.order_no)
            """, new { Today = DemoCalendar.ToDb(Today) }));
    }

    [TestMethod]
    public void KeepsLineArithmeticAndWonAmountsWhole()
    {
        using var connection = Seeded.Open();

        Assert.AreEqual(0, connection.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM erp_order_lines
            WHERE ABS(line_total - ROUND(quantity * unit_price, 2)) > 0.005 OR unit_cost >= unit_price
            """));
        Assert.AreEqual(0, connection.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM erp_order_lines l JOIN erp_orders o ON o.order_no = l.order_no
            WHERE o.currency = 'KRW' AND (l.unit_price <> ROUND(l.unit_price) OR l.line_total <> ROUND(l.line_total))
            """));
        Assert.IsGreaterThan(1_000_000m, connection.ExecuteScalar<decimal>("""
            SELECT MAX(l.line_total) FROM erp_order_lines l JOIN erp_orders o ON o.order_no = l.order_no WHERE o.currency = 'KRW'
            """));
    }

    [TestMethod]
    public void InvoicesEveryShippedOrderWithTheSumOfItsLines()
    {
        using var connection = Seeded.Open();

        Assert.AreEqual(0, connection.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM erp_invoices i
            WHERE i.order_no IS NOT NULL
              AND ABS(i.total_amount - (SELECT SUM(l.line_total) FROM erp_order_lines l WHERE l.order_no = i.order_no)) > 0.005
            """), "Invoice totals differ from their order's lines.");
        Assert.AreEqual(0, connection.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM erp_orders o
            WHERE (o.status = 'Shipped') <> EXISTS (SELECT 1 FROM erp_invoices i WHERE i.order_no = o.order_no AND i.invoice_date = o.shipped_on)
            """), "Only and all shipped orders are invoiced, on their shipping day.");
        Assert.IsGreaterThanOrEqualTo(2000, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM erp_invoices"));
        Assert.IsGreaterThanOrEqualTo(3, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM erp_invoices WHERE order_no IS NULL"));
    }

    [TestMethod]
    public void PaysInvoicesInFullInPartOrNotAtAllRelativeToToday()
    {
        using var connection = Seeded.Open();
        var states = connection.Query<(string State, int Count)>("""
            SELECT CASE
                     WHEN paid_amount = total_amount THEN 'paid'
                     WHEN paid_amount > 0 THEN 'partial'
                     WHEN due_date < @Today THEN 'overdue'
                     ELSE 'not due'
                   END, COUNT(*)
            FROM erp_invoices GROUP BY 1
            """, new { Today = DemoCalendar.ToDb(Today) }).ToDictionary(row => row.State, row => row.Count, StringComparer.Ordinal);

        Assert.IsGreaterThan(states.Values.Sum() * 3 / 4, states["paid"]);
        Assert.IsGreaterThan(0, states["partial"]);
        Assert.IsGreaterThan(0, states["overdue"]);
        Assert.IsGreaterThan(0, states["not due"]);
        Assert.AreEqual(0, connection.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM erp_invoices
            WHERE (paid_amount > 0) <> (paid_on IS NOT NULL) OR paid_on > @Today OR paid_on < invoice_date OR due_date <= invoice_date
            """, new { Today = DemoCalendar.ToDb(Today) }));
    }

    [TestMethod]
    public void StoresDatesAsMidnightTimestamps()
    {
        using var connection = Seeded.Open();
        var dates = connection.Query<string>("SELECT order_date FROM erp_orders UNION ALL SELECT created_on FROM erp_customers").ToList();

        Assert.IsTrue(dates.TrueForAll(date => date.Length == 19 && date.EndsWith(" 00:00:00", StringComparison.Ordinal)), dates[0]);
    }

    [TestMethod]
    public async Task SeedingAgainInsertsNothing()
    {
        await using var connection = Seeded.Open();
        var before = await FingerprintAsync(connection);

        var seeded = await DemoDataSeeder.SeedIfEmptyAsync(connection, Today.AddDays(30), DemoDataSize.Default, CancellationToken.None);

        Assert.IsFalse(seeded);
        Assert.AreEqual(before, await FingerprintAsync(connection));
    }

    [TestMethod]
    public async Task SameDayAndSizeGiveTheSameData()
    {
        using var other = new TempSqliteFile();
        await MigrateAndSeedAsync(other, CancellationToken.None);

        await using var first = Seeded.Open();
        await using var second = other.Open();
        Assert.AreEqual(await FingerprintAsync(first), await FingerprintAsync(second));
    }

    [TestMethod]
    public async Task OpensAndClosesAClosedConnection()
    {
        using var file = new TempSqliteFile();
        ErpSchemaMigrator.Migrate(DatabaseEngine.Sqlite, file.ConnectionString);
        await using var connection = new SqliteConnection(file.ConnectionString);

        var seeded = await DemoDataSeeder.SeedIfEmptyAsync(connection, Today, new DemoDataSize(5, 1), CancellationToken.None);

        Assert.IsTrue(seeded);
        Assert.AreEqual(System.Data.ConnectionState.Closed, connection.State);
        await using var check = file.Open();
        Assert.AreEqual(5, await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM erp_customers"));
    }

    private static async Task<TimeSpan> MigrateAndSeedAsync(TempSqliteFile file, CancellationToken cancellationToken)
    {
        ErpSchemaMigrator.Migrate(DatabaseEngine.Sqlite, file.ConnectionString);
        await using var connection = file.Open();
        var stopwatch = Stopwatch.StartNew();
        var seeded = await DemoDataSeeder.SeedIfEmptyAsync(connection, Today, DemoDataSize.Default, cancellationToken);
        Assert.IsTrue(seeded);
        return stopwatch.Elapsed;
    }

    private static Task<string> FingerprintAsync(SqliteConnection connection) => connection.QuerySingleAsync<string>("""
        SELECT (SELECT COUNT(*) || '/' || group_concat(name, '|') FROM erp_customers)
            || ';' || (SELECT COUNT(*) || '/' || SUM(unit_price) FROM erp_products)
            || ';' || (SELECT COUNT(*) || '/' || SUM(order_no) || '/' || group_concat(status, '') FROM erp_orders)
            || ';' || (SELECT COUNT(*) || '/' || SUM(line_total) || '/' || SUM(quantity) FROM erp_order_lines)
            || ';' || (SELECT COUNT(*) || '/' || SUM(total_amount) || '/' || SUM(paid_amount) || '/' || group_concat(paid_on, '') FROM erp_invoices)
        """);
}
