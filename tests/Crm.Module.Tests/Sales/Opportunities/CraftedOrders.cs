using System.Globalization;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Sales.Opportunities;

/// <summary>Orders written straight into the seeded sample ERP's tables (header and one line), as the ERP would book them.</summary>
internal static class CraftedOrders
{
    public static async Task<string> AddAsync(TestDatabase database, string customer, DateOnly date, string currency, decimal total, string? reference = null, string status = "Open")
    {
        await using var connection = await database.OpenConnectionAsync();
        var number = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(order_no), 0) + 1 FROM erp_orders");
        await connection.ExecuteAsync(
            "INSERT INTO erp_orders (order_no, customer_no, order_date, shipped_on, status, currency, customer_reference) VALUES (@number, @customer, @date, NULL, @status, @currency, @reference)",
            new { number = (int)number, customer, date = date.ToDateTime(TimeOnly.MinValue), currency, reference, status });
        await connection.ExecuteAsync(
            "INSERT INTO erp_order_lines (order_no, line_no, product_no, description, quantity, unit_price, unit_cost, line_total) VALUES (@number, 1, 'P-CRAFTED', 'Crafted', 1, @total, 0, @total)",
            new { number = (int)number, total });
        return number.ToString(CultureInfo.InvariantCulture);
    }
}
