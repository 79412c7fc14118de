namespace Host.Sample.Erp.DemoData;

/// <summary>
/// Creates each customer's order history at its own rhythm, then numbers all orders by date, the
/// way an ERP hands out order numbers.
/// </summary>
internal static class DemoOrders
{
    private const int FirstOrderNo = 10001;

    private static readonly (int Count, int Weight)[] LineCounts = [(1, 35), (2, 30), (3, 18), (4, 10), (5, 7)];

    private sealed record Draft(DemoCustomer Customer, DateOnly OrderDate, DateOnly? ShippedOn, string Status, string? Reference, IReadOnlyList<LineDraft> Lines);

    private sealed record LineDraft(DemoProduct Product, decimal Quantity, decimal UnitPrice, decimal UnitCost);

    public static (IReadOnlyList<OrderRow> Orders, IReadOnlyList<OrderLineRow> Lines) Create(
        Random random, DateOnly today, DemoDataSize size, IReadOnlyList<DemoCustomer> customers)
    {
        var historyStart = today.AddYears(-size.Years);
        var drafts = customers.SelectMany(customer => CreateHistory(random, today, historyStart, customer)).ToList();

        // Stable sort: two orders on one day are numbered in customer order.
        var numbered = drafts
            .OrderBy(draft => draft.OrderDate)
            .ThenBy(draft => draft.Customer.Row.CustomerNo, StringComparer.Ordinal)
            .Select((draft, index) => (OrderNo: FirstOrderNo + index, Draft: draft))
            .ToList();
        var orders = numbered.ConvertAll(order => new OrderRow(
            order.OrderNo,
            order.Draft.Customer.Row.CustomerNo,
            DemoCalendar.ToDb(order.Draft.OrderDate),
            order.Draft.ShippedOn is { } shippedOn ? DemoCalendar.ToDb(shippedOn) : null,
            order.Draft.Status,
            order.Draft.Customer.Row.Currency,
            order.Draft.Reference));
        var lines = numbered
            .SelectMany(order => order.Draft.Lines.Select((line, index) => new OrderLineRow(
                order.OrderNo,
                index + 1,
                line.Product.ProductNo,
                line.Product.Name,
                line.Quantity,
                line.UnitPrice,
                line.UnitCost,
                Math.Round(line.Quantity * line.UnitPrice, 2, MidpointRounding.AwayFromZero))))
            .ToList();
        return (orders, lines);
    }

    private static List<Draft> CreateHistory(Random random, DateOnly today, DateOnly historyStart, DemoCustomer customer)
    {
        var history = new List<Draft>();
        if (customer.OrderInterval is not { } interval)
        {
            return history;
        }

        var lastDay = customer.LastOrderBy ?? today;
        var start = customer.CreatedOn.AddDays(7) > historyStart ? customer.CreatedOn.AddDays(7) : historyStart;
        var references = new ReferenceCounter(customer.ReferenceStyle, random.Next(100, 90000));
        for (var day = start.AddDays(random.Next(interval)); ; day = day.AddDays(NextGap(random, interval)))
        {
            var orderDate = DemoCalendar.NextWorkday(day);
            if (orderDate > lastDay)
            {
                return history;
            }

            var (status, shippedOn) = NextStatus(random, today, orderDate);
            history.Add(new Draft(customer, orderDate, shippedOn, status, references.Next(orderDate), CreateLines(random, today, orderDate, customer)));
        }
    }

    // The rhythm is a habit, not a timetable: each gap varies by a quarter either way.
    private static int NextGap(Random random, int interval) => Math.Max(1, interval + random.Next(-interval / 4, (interval / 4) + 1));

    private static (string Status, DateOnly? ShippedOn) NextStatus(Random random, DateOnly today, DateOnly orderDate)
    {
        if (random.Chance(0.02))
        {
            return ("Cancelled", null);
        }

        var shippedOn = DemoCalendar.NextWorkday(orderDate.AddDays(random.Next(1, 6)));
        return shippedOn < today ? ("Shipped", shippedOn) : ("Open", null);
    }

    private static List<LineDraft> CreateLines(Random random, DateOnly today, DateOnly orderDate, DemoCustomer customer)
    {
        var count = random.PickWeighted(LineCounts);
        var currency = customer.Row.Currency;

        // List prices rise by about 3 % a year; the catalogue holds today's.
        var priceLevel = 1m - (0.03m * ((today.DayNumber - orderDate.DayNumber) / 365));
        var lines = new List<LineDraft>(count);
        while (lines.Count < count)
        {
            var product = random.Chance(0.88) ? random.Pick(customer.Favourites) : random.Pick(DemoCatalog.Products);
            if (lines.Exists(line => line.Product == product))
            {
                continue;
            }

            var unitPrice = DemoCurrencies.FromEuro(product.Price * priceLevel * (1m - customer.Discount), currency);
            var unitCost = DemoCurrencies.FromEuro(product.Cost * priceLevel, currency);
            lines.Add(new LineDraft(product, product.NextQuantity(random, customer.Volume), unitPrice, unitCost));
        }

        return lines;
    }
}
