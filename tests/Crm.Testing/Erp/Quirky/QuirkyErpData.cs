namespace Crm.Testing.Erp.Quirky;

/// <summary>Every row <see cref="QuirkyErpShape"/> wrote, with keys as written (unpadded).</summary>
public sealed record QuirkyErpData(
    DateOnly Today,
    IReadOnlyList<QuirkyCustomer> Customers,
    IReadOnlyList<QuirkyOrder> Orders,
    IReadOnlyList<QuirkyInvoice> Invoices);

public sealed record QuirkyCustomer(string Key, string Name, string? Email)
{
    /// <summary>The key as PostgreSQL and SQL Server return it from the fixed-length column.</summary>
    public string PaddedKey => Key.PadRight(QuirkyErpNames.CustomerKeyLength);
}

public sealed record QuirkyOrder(int Number, string CustomerKey, DateTime Date, decimal Total, string Currency);

/// <summary>An invoice; <see cref="Open"/> is stored, not computed, and equals total minus paid.</summary>
public sealed record QuirkyInvoice(string Number, string CustomerKey, int? OrderNumber, DateTime Date, DateTime DueDate, decimal Total, decimal Paid)
{
    public decimal Open => Total - Paid;
}
