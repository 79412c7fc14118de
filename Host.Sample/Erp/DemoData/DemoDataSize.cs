namespace Host.Sample.Erp.DemoData;

/// <summary>How much demo data to create: the number of customers and the years of order history.</summary>
public sealed record DemoDataSize(int Customers, int Years)
{
    /// <summary>About 300 customers over three years: thousands of orders and invoices.</summary>
    public static DemoDataSize Default { get; } = new(300, 3);
}
