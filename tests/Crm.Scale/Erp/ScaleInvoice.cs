namespace Crm.Scale.Erp;

/// <summary>One generated invoice; <see cref="OrderNo"/> is null for a service invoice.</summary>
internal sealed record ScaleInvoice(string InvoiceNo, int CustomerIndex, int? OrderNo, DateOnly InvoiceDate, DateOnly DueDate, string Currency, decimal Total, decimal Paid, DateOnly? PaidOn);
