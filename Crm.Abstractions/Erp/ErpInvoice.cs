namespace Crm.Abstractions.Erp;

/// <summary>An ERP invoice with what has been paid and what is still open. Read only.</summary>
/// <param name="Key">The ERP's internal invoice key as text.</param>
/// <param name="Number">The invoice number people quote.</param>
/// <param name="AccountKey">Key of the invoiced customer.</param>
/// <param name="OrderKey">The order the invoice bills, where the ERP records it.</param>
/// <param name="InvoiceDate">Date of the invoice.</param>
/// <param name="DueDate">Date payment is due.</param>
/// <param name="Currency">Currency of the amounts.</param>
/// <param name="Total">Invoice total.</param>
/// <param name="Paid">Amount paid so far.</param>
/// <param name="Open">Amount still open (stored by the ERP or total minus paid, per the mapping).</param>
/// <param name="PaidOn">Date of the (last) payment, where the ERP records it.</param>
/// <param name="IsOverdue">True when an open amount remains after the due date.</param>
/// <param name="DaysOverdue">Days past the due date while open; 0 otherwise.</param>
public sealed record ErpInvoice(
    string Key,
    string Number,
    string AccountKey,
    string? OrderKey,
    DateOnly InvoiceDate,
    DateOnly DueDate,
    string? Currency,
    decimal Total,
    decimal Paid,
    decimal Open,
    DateOnly? PaidOn,
    bool IsOverdue,
    int DaysOverdue);
