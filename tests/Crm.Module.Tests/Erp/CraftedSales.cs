using System.Data.Common;
using Dapper;

namespace Crm.Module.Tests.Erp;

/// <summary>Sales made to measure, written straight into Host.Sample's ERP tables (the test stands in for the ERP).</summary>
internal static class CraftedSales
{
    public const string Account = "T-SALES";
    public const string UnderscorePrefix = "ZT-VW_";
    public const string PercentPrefix = "ZT-50%";
    public const string BulkPrefix = "ZT-BULK";

    public static async Task InsertAsync(DbConnection connection, DateOnly today, int bulkOrders)
    {
        await connection.ExecuteAsync(
            "INSERT INTO erp_customers (customer_no, name, currency, created_on) VALUES (@Account, 'Crafted sales', 'EUR', @created)",
            new { Account, created = Midnight(today.AddDays(-1000)) });

        await OrderAsync(connection, 980_001, today.AddDays(-30), ("ZT-VW_GOLF", "Golf", 25_000m), ("ZT-VWXGOLF", "Not a VW", 1m));
        await OrderAsync(connection, 980_002, today.AddDays(-20), ("ZT-VW_POLO", "Polo", 18_000m), ("zt-vw_up", "Lower case", 1m));
        await OrderAsync(connection, 980_003, today.AddDays(-10), ("ZT-50%-OFF", "Half price", 5m), ("ZT-50X-OFF", "Not half price", 1m));

        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < bulkOrders; i++)
        {
            await OrderAsync(connection, 970_000 + i, today.AddDays(-400 + (i / 3)), ("ZT-BULK-A", "Bulk A", 1m), ("ZT-BULK-B", "Bulk B", 2m), transaction);
        }

        await transaction.CommitAsync();
    }

    private static Task OrderAsync(DbConnection connection, int order, DateOnly date, (string Product, string Description, decimal Total) first, (string Product, string Description, decimal Total) second) =>
        OrderAsync(connection, order, date, first, second, null);

    private static async Task OrderAsync(
        DbConnection connection, int order, DateOnly date, (string Product, string Description, decimal Total) first, (string Product, string Description, decimal Total) second, DbTransaction? transaction)
    {
        await connection.ExecuteAsync(
            "INSERT INTO erp_orders (order_no, customer_no, order_date, status, currency) VALUES (@order, @Account, @date, 'shipped', 'EUR')",
            new { order, Account, date = Midnight(date) }, transaction);
        var line = 0;
        foreach (var (product, description, total) in new[] { first, second })
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO erp_order_lines (order_no, line_no, product_no, description, quantity, unit_price, unit_cost, line_total)
                VALUES (@order, @line, @product, @description, 1, @total, @total, @total)
                """,
                new { order, line = ++line, product, description, total }, transaction);
        }
    }

    private static DateTime Midnight(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}
