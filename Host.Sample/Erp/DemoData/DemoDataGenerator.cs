namespace Host.Sample.Erp.DemoData;

/// <summary>
/// Builds the whole demo data set in memory. One seeded <see cref="Random"/> drawn from in a fixed
/// order makes the result depend only on <c>today</c> and the size.
/// </summary>
internal static class DemoDataGenerator
{
    private const int Seed = 4711;

    public static DemoDataSet Generate(DateOnly today, DemoDataSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Customers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Years);

        var random = new Random(Seed);
        var customers = DemoCustomers.Create(random, today, size);
        var (orders, lines) = DemoOrders.Create(random, today, size, customers);
        var invoices = DemoInvoices.Create(random, today, size, customers, orders, lines);
        return new DemoDataSet(
            [.. customers.Select(customer => customer.Row)],
            [.. DemoCatalog.Products.Select(product => product.ToRow())],
            orders,
            lines,
            invoices);
    }
}
