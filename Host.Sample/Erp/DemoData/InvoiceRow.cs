namespace Host.Sample.Erp.DemoData;

/// <summary>One row of <c>erp_invoices</c>; <see cref="OrderNo"/> is null for service invoices.</summary>
internal sealed record InvoiceRow(
    string InvoiceNo,
    string CustomerNo,
    int? OrderNo,
    DateTime InvoiceDate,
    DateTime DueDate,
    string Currency,
    decimal TotalAmount,
    decimal PaidAmount,
    DateTime? PaidOn);
