using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Erp;

/// <summary>
/// The customers with their habits, made by Host.Sample's own demo generator (same countries,
/// German, Korean and English names, currencies, order rhythms and payment habits), and how many
/// orders each places so that all of them together place exactly the scale's order count.
/// </summary>
internal sealed class ScaleCustomers
{
    /// <summary>Three years of order history, like the demo data.</summary>
    public const int HistoryYears = 3;

    private ScaleCustomers(IReadOnlyList<DemoCustomer> all, int[] orderCounts, DateOnly[] firstDays, DateOnly[] lastDays)
    {
        All = all;
        OrderCounts = orderCounts;
        FirstOrderDays = firstDays;
        LastOrderDays = lastDays;
    }

    public IReadOnlyList<DemoCustomer> All { get; }

    /// <summary>Orders per customer, in customer order; they add up to the scale's order count.</summary>
    public IReadOnlyList<int> OrderCounts { get; }

    /// <summary>The first day each customer may order on.</summary>
    public IReadOnlyList<DateOnly> FirstOrderDays { get; }

    /// <summary>The last day each customer may order on (earlier for dormant customers).</summary>
    public IReadOnlyList<DateOnly> LastOrderDays { get; }

    public static ScaleCustomers Create(ScaleSettings settings)
    {
        var counts = settings.Counts;
        var today = settings.Today;
        var customers = DistinctNames.Apply(DemoCustomers.Create(new Random(settings.Seed), today, new DemoDataSize(counts.Customers, HistoryYears)));
        var historyStart = today.AddYears(-HistoryYears);
        var firstDays = new DateOnly[customers.Count];
        var lastDays = new DateOnly[customers.Count];

        // Each customer's share of the orders is its window divided by its rhythm, as in the demo;
        // cumulative rounding turns the shares into whole counts that add up exactly.
        var weights = new double[customers.Count];
        for (var index = 0; index < customers.Count; index++)
        {
            var customer = customers[index];
            var created = customer.CreatedOn.AddDays(7);
            firstDays[index] = created > historyStart ? created : historyStart;
            lastDays[index] = customer.LastOrderBy ?? today;
            weights[index] = customer.OrderInterval is { } interval && lastDays[index] > firstDays[index]
                ? (double)(lastDays[index].DayNumber - firstDays[index].DayNumber) / interval
                : 0;
        }

        var total = weights.Sum();
        var orderCounts = new int[customers.Count];
        double cumulative = 0;
        long allotted = 0;
        for (var index = 0; index < customers.Count; index++)
        {
            cumulative += weights[index];
            var upTo = total == 0 ? 0 : (long)Math.Round(counts.Orders * cumulative / total, MidpointRounding.AwayFromZero);
            orderCounts[index] = (int)(upTo - allotted);
            allotted = upTo;
        }

        return new ScaleCustomers(customers, orderCounts, firstDays, lastDays);
    }
}
