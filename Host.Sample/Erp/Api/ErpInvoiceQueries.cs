using Crm.Abstractions.Common;
using Dapper;

namespace Host.Sample.Erp.Api;

/// <summary>Reads the sample ERP's invoices, newest first, with what is still open and whether it is overdue today.</summary>
internal sealed class ErpInvoiceQueries(ErpSqlDialect dialect, TimeProvider clock)
{
    public async Task<Page<ErpInvoiceSummary>> ListAsync(string? customerKey, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrWhiteSpace(customerKey) ? string.Empty : "WHERE i.customer_no = @customerKey";
        var parameters = new { customerKey, skip = page.Offset, take = page.PageSize };
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM erp_invoices i {filter}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InvoiceRow>(new CommandDefinition(
            $"""
            SELECT i.invoice_no AS Number, i.customer_no AS CustomerKey, c.name AS CustomerName, i.invoice_date AS InvoiceDate,
                   i.due_date AS DueDate, i.total_amount AS Total, i.paid_amount AS Paid, i.currency AS Currency
            FROM erp_invoices i
            JOIN erp_customers c ON c.customer_no = i.customer_no
            {filter}
            ORDER BY i.invoice_date DESC, i.invoice_no DESC
            {dialect.Page}
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        // "Overdue" is a matter of today's date where the ERP is, so it is decided here rather than in SQL.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new Page<ErpInvoiceSummary>(
            [.. rows.Select(r => ToSummary(r, today))],
            page.Page,
            page.PageSize,
            total);
    }

    private static ErpInvoiceSummary ToSummary(InvoiceRow row, DateOnly today)
    {
        var dueDate = ErpColumnValues.ToDate(row.DueDate);
        var total = ErpColumnValues.ToAmount(row.Total);
        var open = total - ErpColumnValues.ToAmount(row.Paid);
        return new ErpInvoiceSummary(
            row.Number, row.CustomerKey, row.CustomerName, ErpColumnValues.ToDate(row.InvoiceDate), dueDate, total, open, row.Currency, open > 0 && dueDate < today);
    }

    // Dates and amounts as the drivers hand them over, converted by ErpColumnValues above.
    private sealed class InvoiceRow
    {
        public string Number { get; set; } = string.Empty;

        public string CustomerKey { get; set; } = string.Empty;

        public string CustomerName { get; set; } = string.Empty;

        public object InvoiceDate { get; set; } = DBNull.Value;

        public object DueDate { get; set; } = DBNull.Value;

        public object Total { get; set; } = DBNull.Value;

        public object Paid { get; set; } = DBNull.Value;

        public string Currency { get; set; } = string.Empty;
    }
}
