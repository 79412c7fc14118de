namespace Host.Sample.Erp.Api;

/// <summary>One row of <c>GET /api/erp/invoices</c>; <see cref="Open"/> is what is still unpaid.</summary>
public sealed record ErpInvoiceSummary(
    string Number,
    string CustomerKey,
    string CustomerName,
    DateOnly InvoiceDate,
    DateOnly DueDate,
    decimal Total,
    decimal Open,
    string Currency,
    bool IsOverdue);
