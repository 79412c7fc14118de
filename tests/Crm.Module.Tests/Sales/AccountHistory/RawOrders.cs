using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>Host.Sample's orders and lines as the ERP stores them, read with the test's own SQL.</summary>
internal sealed record RawOrder(string Customer, int OrderNo, DateOnly Date, string Currency, decimal Total, decimal Cost);

internal sealed record RawLine(string Customer, int OrderNo, DateOnly Date, string Currency, string Product, string Description, decimal Quantity, decimal LineTotal);

internal static class RawOrders
{
    public static async Task<IReadOnlyList<RawOrder>> ReadAsync(DbConnection connection)
    {
        var rows = await connection.QueryAsync<(string Customer, int OrderNo, object Date, string Currency, object Total, object Cost)>(
            """
            SELECT o.customer_no, o.order_no, o.order_date, o.currency,
                   COALESCE((SELECT SUM(l.line_total) FROM erp_order_lines l WHERE l.order_no = o.order_no), 0),
                   COALESCE((SELECT SUM(l.quantity * l.unit_cost) FROM erp_order_lines l WHERE l.order_no = o.order_no), 0)
            FROM erp_orders o
            """);
        return [.. rows.Select(r => new RawOrder(r.Customer, r.OrderNo, ToDate(r.Date), r.Currency, Money(r.Total), Money(r.Cost)))];
    }

    public static async Task<IReadOnlyList<RawLine>> ReadLinesAsync(DbConnection connection, string customer)
    {
        var rows = await connection.QueryAsync<(string Customer, int OrderNo, object Date, string Currency, string Product, string Description, object Quantity, object LineTotal)>(
            """
            SELECT o.customer_no, o.order_no, o.order_date, o.currency, l.product_no, l.description, l.quantity, l.line_total
            FROM erp_orders o JOIN erp_order_lines l ON l.order_no = o.order_no WHERE o.customer_no = @customer
            """,
            new { customer });
        return [.. rows.Select(r => new RawLine(r.Customer, r.OrderNo, ToDate(r.Date), r.Currency, r.Product, r.Description, Money(r.Quantity), Money(r.LineTotal)))];
    }

    public static DateOnly ToDate(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        string s => DateOnly.FromDateTime(DateTime.Parse(s, CultureInfo.InvariantCulture)),
        _ => throw new InvalidCastException(value.GetType().Name),
    };

    // SQLite hands NUMERIC back as long or double; 4 decimals is the columns' scale.
    private static decimal Money(object value) => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4);
}
