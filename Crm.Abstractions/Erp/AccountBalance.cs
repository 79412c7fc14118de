namespace Crm.Abstractions.Erp;

/// <summary>What an account owes in one currency. Amounts in different currencies are never added.</summary>
/// <param name="Currency">ISO 4217 currency code (or empty when the ERP records none).</param>
/// <param name="OpenBalance">Sum of open amounts of all invoices.</param>
/// <param name="OverdueBalance">Sum of open amounts of invoices past their due date.</param>
/// <param name="OpenInvoiceCount">Invoices with an open amount.</param>
/// <param name="OverdueInvoiceCount">Invoices with an open amount past their due date.</param>
public sealed record AccountBalance(
    string Currency,
    decimal OpenBalance,
    decimal OverdueBalance,
    int OpenInvoiceCount,
    int OverdueInvoiceCount);
