namespace Crm.Module.Erp.Mapping;

/// <summary>
/// The ERP tables seen through the mapping: one SELECT per logical record, with fixed column names,
/// used as a derived table (<c>FROM (…) o</c>) by the capability queries. The databases inline
/// such simple derived tables, so filters on keys still reach the ERP's own indexes.
/// </summary>
/// <remarks>
/// Column names: customers <c>account_key, name, email, phone, street, postal_code, city, country,
/// currency</c>; orders <c>order_key, order_number, account_key, order_date, currency, total,
/// reference, status</c>; invoices <c>invoice_key, invoice_number, account_key, order_key,
/// invoice_date, due_date, currency, total, paid, open_amount, paid_on</c>; order lines
/// <c>order_key, line_number, product_key, description, quantity, unit_price, unit_cost, line_total</c>.
/// </remarks>
internal sealed record ErpViews(
    string Customers,
    string Orders,
    string Invoices,
    string? OrderLines,
    ErpKey CustomerKey,
    ErpKey OrderKey,
    ErpKey InvoiceKey,
    IReadOnlyList<MappingProbe> Probes);

/// <summary>A statement that fails when <see cref="Setting"/> names something the database does not have.</summary>
internal sealed record MappingProbe(string Setting, string Sql);
