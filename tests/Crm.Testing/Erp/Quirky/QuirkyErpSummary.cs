namespace Crm.Testing.Erp.Quirky;

/// <summary>What <see cref="QuirkyErpShape.CreateAsync"/> seeded: counts at a glance, rows in <see cref="Data"/>.</summary>
public sealed record QuirkyErpSummary(QuirkyErpData Data)
{
    public int Customers => Data.Customers.Count;

    /// <summary>Customers whose key is shorter than the column, so PostgreSQL and SQL Server pad it.</summary>
    public int CustomersWithShortKeys => Data.Customers.Count(customer => customer.Key.Length < QuirkyErpNames.CustomerKeyLength);

    public int Orders => Data.Orders.Count;

    public int Invoices => Data.Invoices.Count;

    public int InvoicesWithoutOrder => Data.Invoices.Count(invoice => invoice.OrderNumber is null);
}
