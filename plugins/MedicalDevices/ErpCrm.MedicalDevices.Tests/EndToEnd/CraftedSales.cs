using System.Data.Common;
using Dapper;

namespace ErpCrm.MedicalDevices.Tests.EndToEnd;

/// <summary>
/// Two medical customers with device and consumable sales, written into Host.Sample's own ERP tables
/// (beside its coffee-trade demo data, whose product keys start with <c>P</c>), dated from today, on
/// any engine.
/// </summary>
internal static class CraftedSales
{
    /// <summary>A hospital whose owner is <c>rep</c>: an ECG recorder bought 350 days ago, electrodes every 30 days until 60 days ago.</summary>
    public const string Hospital = "C90001";

    /// <summary>A practice without owner: an infusion pump bought 400 days ago, its calibration overdue.</summary>
    public const string Practice = "C90002";

    private static int _nextOrder = 9_000_000;

    public static async Task WriteAsync(DbConnection connection, DateOnly today)
    {
        await CustomerAsync(connection, Hospital, "Klinikum Nord", today);
        await CustomerAsync(connection, Practice, "Praxis Dr. Süd", today);

        var ecg = await OrderAsync(connection, Hospital, today.AddDays(-350));
        await LineAsync(connection, ecg, 1, "DEV-ECG-300", "ECG recorder 12-lead", 2m, 2400m);
        await LineAsync(connection, ecg, 2, "CON-ELECTRODES", "Electrodes, 100 pcs", 10m, 18m);
        foreach (var daysAgo in new[] { 150, 120, 90, 60 })
        {
            await LineAsync(connection, await OrderAsync(connection, Hospital, today.AddDays(-daysAgo)), 1, "CON-ELECTRODES", "Electrodes, 100 pcs", 10m, 18m);
        }

        await LineAsync(connection, await OrderAsync(connection, Practice, today.AddDays(-400)), 1, "DEV-PUMP-20", "Infusion pump", 1m, 1800m);
    }

    private static Task<int> CustomerAsync(DbConnection connection, string key, string name, DateOnly today) =>
        connection.ExecuteAsync(
            "INSERT INTO erp_customers (customer_no, name, country, currency, created_on) VALUES (@key, @name, 'DE', 'EUR', @created)",
            new { key, name, created = today.AddYears(-3).ToDateTime(TimeOnly.MinValue) });

    private static async Task<int> OrderAsync(DbConnection connection, string customer, DateOnly date)
    {
        var order = Interlocked.Increment(ref _nextOrder);
        await connection.ExecuteAsync(
            "INSERT INTO erp_orders (order_no, customer_no, order_date, shipped_on, status, currency) VALUES (@order, @customer, @date, @date, 'shipped', 'EUR')",
            new { order, customer, date = date.ToDateTime(TimeOnly.MinValue) });
        return order;
    }

    private static Task<int> LineAsync(DbConnection connection, int order, int line, string product, string description, decimal quantity, decimal price) =>
        connection.ExecuteAsync(
            """
            INSERT INTO erp_order_lines (order_no, line_no, product_no, description, quantity, unit_price, unit_cost, line_total)
            VALUES (@order, @line, @product, @description, @quantity, @price, @cost, @total)
            """,
            new { order, line, product, description, quantity, price, cost = price * 0.6m, total = quantity * price });
}
