using Crm.Abstractions.Common;
using Dapper;

namespace Host.Sample.Erp.Api;

/// <summary>Reads the sample ERP's orders, newest first; an order's total is the sum of its lines.</summary>
internal sealed class ErpOrderQueries(ErpSqlDialect dialect)
{
    public async Task<Page<ErpOrderSummary>> ListAsync(string? customerKey, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrWhiteSpace(customerKey) ? string.Empty : "WHERE o.customer_no = @customerKey";
        var parameters = new { customerKey, skip = page.Offset, take = page.PageSize };
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM erp_orders o {filter}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OrderRow>(new CommandDefinition(
            $"""
            SELECT o.order_no AS Number, o.customer_no AS CustomerKey, c.name AS CustomerName, o.order_date AS OrderDate,
                   (SELECT COALESCE(SUM(l.line_total), 0) FROM erp_order_lines l WHERE l.order_no = o.order_no) AS Total,
                   o.currency AS Currency, o.status AS Status
            FROM erp_orders o
            JOIN erp_customers c ON c.customer_no = o.customer_no
            {filter}
            ORDER BY o.order_date DESC, o.order_no DESC
            {dialect.Page}
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new Page<ErpOrderSummary>(
            [.. rows.Select(r => new ErpOrderSummary(r.Number, r.CustomerKey, r.CustomerName, ErpColumnValues.ToDate(r.OrderDate), ErpColumnValues.ToAmount(r.Total), r.Currency, r.Status))],
            page.Page,
            page.PageSize,
            total);
    }

    // Dates and amounts as the drivers hand them over, converted by ErpColumnValues above.
    private sealed class OrderRow
    {
        public int Number { get; set; }

        public string CustomerKey { get; set; } = string.Empty;

        public string CustomerName { get; set; } = string.Empty;

        public object OrderDate { get; set; } = DBNull.Value;

        public object Total { get; set; } = DBNull.Value;

        public string Currency { get; set; } = string.Empty;

        public string Status { get; set; } = string.Empty;
    }
}
