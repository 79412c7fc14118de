namespace Host.Sample.Erp.DemoData;

/// <summary>Everything the seeder inserts, in foreign-key order.</summary>
internal sealed record DemoDataSet(
    IReadOnlyList<CustomerRow> Customers,
    IReadOnlyList<ProductRow> Products,
    IReadOnlyList<OrderRow> Orders,
    IReadOnlyList<OrderLineRow> OrderLines,
    IReadOnlyList<InvoiceRow> Invoices);
