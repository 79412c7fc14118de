using System.Data.Common;
using Dapper;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>
/// Test accounts with order patterns made to measure, written straight into Host.Sample's ERP
/// tables (the test stands in for the ERP; the add-on itself only reads them). Days are relative to today.
/// </summary>
internal static class CraftedAccounts
{
    /// <summary>An order every 30 days, the last 40 days ago: typical 30, due 10 days ago.</summary>
    public const string Regular = "T-REGULAR";

    /// <summary>Gaps 10, 50, 20, 90, 30 (median 30, mean 40), the last 20 days ago: due in 10 days.</summary>
    public const string Irregular = "T-IRREGULAR";

    /// <summary>One order, 15 days ago: no interval.</summary>
    public const string Single = "T-SINGLE";

    /// <summary>Two orders on each of two days and one on a third (40 days apart): typical 40, not 0.</summary>
    public const string SameDay = "T-SAMEDAY";

    /// <summary>A 300-day pause, then monthly, silent for 110 days: dormant by the median (30), not by the mean (97.5).</summary>
    public const string Dormant = "T-DORMANT";

    /// <summary>An account that never ordered.</summary>
    public const string Never = "T-NEVER";

    /// <summary>A product whose cost a mapping may hide, to test unknown cost.</summary>
    public const string NoCostProduct = "P-NOCOST";

    private static int _nextOrder = 990_000;

    public static async Task InsertAsync(DbConnection connection, DateOnly today)
    {
        foreach (var key in new[] { Regular, Irregular, Single, SameDay, Dormant, Never })
        {
            await connection.ExecuteAsync(
                "INSERT INTO erp_customers (customer_no, name, currency, created_on) VALUES (@key, @name, 'EUR', @created)",
                new { key, name = "Crafted " + key, created = Midnight(today.AddDays(-1000)) });
        }

        foreach (var day in new[] { -190, -160, -130, -100, -70, -40 })
        {
            var order = await OrderAsync(connection, Regular, today.AddDays(day));
            await LineAsync(connection, order, 1, "P-A", 2m, 10m, 6m);
            if (day is -100 or -40)
            {
                await LineAsync(connection, order, 2, "P-B", 1m, 55.5m, 40.25m);
            }
        }

        foreach (var day in new[] { -220, -210, -160, -140, -50, -20 })
        {
            await LineAsync(connection, await OrderAsync(connection, Irregular, today.AddDays(day)), 1, "P-A", 1m, 10m, 6m);
        }

        await LineAsync(connection, await OrderAsync(connection, Single, today.AddDays(-15)), 1, NoCostProduct, 3m, 7m, 1m);
        foreach (var day in new[] { -100, -100, -60, -60, -20 })
        {
            await LineAsync(connection, await OrderAsync(connection, SameDay, today.AddDays(day)), 1, "P-C", 1m, 100m, 70m);
        }

        foreach (var day in new[] { -500, -200, -170, -140, -110 })
        {
            await LineAsync(connection, await OrderAsync(connection, Dormant, today.AddDays(day)), 1, "P-A", 5m, 10m, 6m);
        }
    }

    public static DateTime Midnight(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    private static async Task<int> OrderAsync(DbConnection connection, string customer, DateOnly date)
    {
        var order = Interlocked.Increment(ref _nextOrder);
        await connection.ExecuteAsync(
            "INSERT INTO erp_orders (order_no, customer_no, order_date, status, currency) VALUES (@order, @customer, @date, 'shipped', 'EUR')",
            new { order, customer, date = Midnight(date) });
        return order;
    }

    private static Task<int> LineAsync(DbConnection connection, int order, int line, string product, decimal quantity, decimal price, decimal cost) =>
        connection.ExecuteAsync(
            """
            INSERT INTO erp_order_lines (order_no, line_no, product_no, description, quantity, unit_price, unit_cost, line_total)
            VALUES (@order, @line, @product, @description, @quantity, @price, @cost, @total)
            """,
            new { order, line, product, description = "Product " + product, quantity, price, cost, total = quantity * price });
}
