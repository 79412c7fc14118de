namespace Crm.Abstractions.Erp;

/// <summary>An ERP sales order header with its total. Read only.</summary>
/// <param name="Key">The ERP's internal order key as text.</param>
/// <param name="Number">The order number people quote (may equal <paramref name="Key"/>).</param>
/// <param name="AccountKey">Key of the ordering customer.</param>
/// <param name="OrderDate">Date of the order.</param>
/// <param name="Currency">Currency of <paramref name="Total"/>.</param>
/// <param name="Total">Order total, stored on the header or summed from the lines, per the mapping.</param>
/// <param name="Reference">The customer's reference (purchase order number), if any.</param>
/// <param name="Status">The ERP's status text, if mapped.</param>
public sealed record ErpOrder(
    string Key,
    string Number,
    string AccountKey,
    DateOnly OrderDate,
    string? Currency,
    decimal Total,
    string? Reference,
    string? Status);
