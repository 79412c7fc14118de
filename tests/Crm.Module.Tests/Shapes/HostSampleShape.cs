using System.Globalization;
using System.Data.Common;
using Crm.Testing.Databases;
using Dapper;
using Host.Sample.Erp;
using Host.Sample.Erp.DemoData;

namespace Crm.Module.Tests.Shapes;

/// <summary>Host.Sample's own schema: order totals summed from lines, invoices referencing their order on the header.</summary>
internal sealed class HostSampleShape : ErpShape
{
    public override string Profile => "HostSample";

    public override IReadOnlyList<string> ErpTables { get; } = ["erp_customers", "erp_products", "erp_orders", "erp_order_lines", "erp_invoices"];

    public override async Task SeedAsync(TestDatabase database, DateOnly today)
    {
        ErpSchemaMigrator.Migrate(database.Engine, database.ConnectionString);
        await using var connection = await database.OpenConnectionAsync();
        await DemoDataSeeder.SeedIfEmptyAsync(connection, today, new DemoDataSize(40, 3), CancellationToken.None);
    }

    public override async Task<IReadOnlyList<string>> CustomerKeysAsync(DbConnection connection) =>
        [.. await connection.QueryAsync<string>("SELECT customer_no FROM erp_customers ORDER BY customer_no")];

    public override async Task<ExpectedOverview> ExpectAsync(DbConnection connection, string accountKey, DateOnly today)
    {
        var key = new { key = accountKey, today = Midnight(today), since = Midnight(FirstRevenueMonth(today)) };
        var orderCount = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM erp_orders WHERE customer_no = @key", key);
        var lastOrder = await connection.ExecuteScalarAsync<object?>("SELECT MAX(order_date) FROM erp_orders WHERE customer_no = @key", key);
        var orderTotals = (await connection.QueryAsync<(object Number, object Total)>(
                """
                SELECT o.order_no, COALESCE(SUM(l.line_total), 0) FROM erp_orders o
                LEFT JOIN erp_order_lines l ON l.order_no = o.order_no
                WHERE o.customer_no = @key GROUP BY o.order_no
                """, key))
            .ToDictionary(r => Convert.ToString(r.Number, CultureInfo.InvariantCulture)!, r => Convert.ToDecimal(r.Total, CultureInfo.InvariantCulture));
        var invoiceCount = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM erp_invoices WHERE customer_no = @key", key);
        var balances = (await connection.QueryAsync<(string Currency, object Open, object Overdue)>(
                """
                SELECT currency, SUM(total_amount - paid_amount),
                       SUM(CASE WHEN due_date < @today THEN total_amount - paid_amount ELSE 0 END)
                FROM erp_invoices WHERE customer_no = @key AND total_amount - paid_amount > 0 GROUP BY currency
                """, key))
            .ToDictionary(r => r.Currency, r => (Convert.ToDecimal(r.Open, CultureInfo.InvariantCulture), Convert.ToDecimal(r.Overdue, CultureInfo.InvariantCulture)));
        var invoices = await connection.QueryAsync<(object InvoiceDate, string Currency, object Total, object Paid, object? PaidOn)>(
            "SELECT invoice_date, currency, total_amount, paid_amount, paid_on FROM erp_invoices WHERE customer_no = @key", key);
        var list = invoices.Select(i => (Date: ToDate(i.InvoiceDate), i.Currency, Total: Convert.ToDecimal(i.Total, CultureInfo.InvariantCulture), Paid: Convert.ToDecimal(i.Paid, CultureInfo.InvariantCulture), PaidOn: i.PaidOn is null ? (DateOnly?)null : ToDate(i.PaidOn))).ToList();
        var since = FirstRevenueMonth(today);
        var revenue = list.Where(i => i.Date >= since)
            .GroupBy(i => (Month(i.Date), i.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(i => i.Total));
        var averageDays = Average(list.Where(i => i.PaidOn is not null && i.Total - i.Paid <= 0).Select(i => i.PaidOn!.Value.DayNumber - i.Date.DayNumber));
        return new ExpectedOverview(orderCount, lastOrder is null ? null : ToDate(lastOrder), orderTotals, invoiceCount, balances, revenue, averageDays);
    }
}
