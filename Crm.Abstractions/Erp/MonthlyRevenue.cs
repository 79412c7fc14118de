namespace Crm.Abstractions.Erp;

/// <summary>Invoiced revenue of one account in one calendar month and currency.</summary>
/// <param name="Month">The month, as <c>yyyy-MM</c>.</param>
/// <param name="Currency">ISO 4217 currency code (or empty when the ERP records none).</param>
/// <param name="Revenue">Sum of invoice totals dated in that month.</param>
/// <param name="InvoiceCount">Invoices dated in that month.</param>
public sealed record MonthlyRevenue(string Month, string Currency, decimal Revenue, int InvoiceCount);
