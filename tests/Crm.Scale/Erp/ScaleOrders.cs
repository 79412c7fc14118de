using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Erp;

/// <summary>
/// Streams every customer's orders in date order, numbered by date the way an ERP hands out order
/// numbers, without holding them: a queue keeps each customer's next order day, so memory grows
/// with the customers, not with the orders. Each customer's orders are spread evenly (with jitter)
/// over its ordering window; lines and prices follow the demo data. Enumerating twice gives the
/// same orders, so each table that needs them (orders, lines, invoices) enumerates again.
/// </summary>
internal sealed class ScaleOrders(ScaleSettings settings, ScaleCustomers customers)
{
    public const int FirstOrderNo = 10001;

    // Queue priorities: the order day times this, plus the customer index (below it at any scale).
    private const long PriorityDayFactor = 100_000_000L;

    // Line counts vary by -2..+2 around the average; each draw is mirrored on the next order, so the
    // total comes out exactly at the scale's line count.
    private static readonly (int Offset, int Weight)[] LineOffsets = [(-2, 15), (-1, 20), (0, 30), (1, 20), (2, 15)];

    public IEnumerable<ScaleOrder> Enumerate()
    {
        var random = new Random(settings.Seed + 1);
        var today = settings.Today;
        var counts = settings.Counts;
        var all = customers.All;
        var placed = new int[all.Count];
        var references = new ReferenceCounter[all.Count];
        var queue = new PriorityQueue<int, long>(all.Count);
        for (var index = 0; index < all.Count; index++)
        {
            if (customers.OrderCounts[index] > 0)
            {
                references[index] = new ReferenceCounter(all[index].ReferenceStyle, random.Next(100, 90000));
                queue.Enqueue(index, Priority(OrderDay(random, index, 0), index));
            }
        }

        var linesPerOrder = counts.OrderLines / counts.Orders;
        var extraLines = counts.OrderLines - (linesPerOrder * counts.Orders);
        var mirrored = 0;
        var orderIndex = 0;
        while (queue.TryDequeue(out var customerIndex, out var priority))
        {
            var orderDate = DateOnly.FromDayNumber((int)(priority / PriorityDayFactor));
            var customer = all[customerIndex];
            int offset;
            if (orderIndex % 2 == 0 && orderIndex + 1 < counts.Orders)
            {
                offset = Math.Clamp(random.PickWeighted(LineOffsets), 1 - linesPerOrder, linesPerOrder - 1);
                mirrored = -offset;
            }
            else
            {
                offset = mirrored;
                mirrored = 0;
            }

            var lineCount = linesPerOrder + offset + (orderIndex < extraLines ? 1 : 0);
            var (status, shippedOn) = NextStatus(random, today, orderDate);
            yield return new ScaleOrder(
                FirstOrderNo + orderIndex,
                customerIndex,
                orderDate,
                shippedOn,
                status,
                references[customerIndex].Next(orderDate),
                CreateLines(random, today, orderDate, customer, lineCount));
            orderIndex++;
            if (++placed[customerIndex] < customers.OrderCounts[customerIndex])
            {
                queue.Enqueue(customerIndex, Priority(OrderDay(random, customerIndex, placed[customerIndex]), customerIndex));
            }
        }
    }

    // Day first, then customer: two orders on one day are numbered in customer order, as in the demo.
    private static long Priority(DateOnly day, int customerIndex) => (day.DayNumber * PriorityDayFactor) + customerIndex;

    // The n-th order falls in the n-th equal slice of the customer's window, somewhere in its middle,
    // moved to a working day (back to Friday when Monday would lie after the window).
    private DateOnly OrderDay(Random random, int customerIndex, int n)
    {
        var first = customers.FirstOrderDays[customerIndex];
        var last = customers.LastOrderDays[customerIndex];
        var slice = (double)(last.DayNumber - first.DayNumber) / customers.OrderCounts[customerIndex];
        var day = first.AddDays((int)((n + 0.1 + (0.8 * random.NextDouble())) * slice));
        var workday = DemoCalendar.NextWorkday(day);
        return workday <= last ? workday : day.AddDays(day.DayOfWeek == DayOfWeek.Sunday ? -2 : -1);
    }

    private static (string Status, DateOnly? ShippedOn) NextStatus(Random random, DateOnly today, DateOnly orderDate)
    {
        if (random.Chance(0.02))
        {
            return ("Cancelled", null);
        }

        var shippedOn = DemoCalendar.NextWorkday(orderDate.AddDays(random.Next(1, 6)));
        return shippedOn < today ? ("Shipped", shippedOn) : ("Open", null);
    }

    // As the demo's order lines: mostly the customer's favourite supplies, list prices about 3 % a
    // year lower in the past, the customer's discount, quantities by the customer's size.
    private static ScaleOrderLine[] CreateLines(Random random, DateOnly today, DateOnly orderDate, DemoCustomer customer, int count)
    {
        var currency = customer.Row.Currency;
        var priceLevel = 1m - (0.03m * ((today.DayNumber - orderDate.DayNumber) / 365));
        var lines = new ScaleOrderLine[count];
        var products = new List<DemoProduct>(count);
        while (products.Count < count)
        {
            var product = random.Chance(0.88) && products.Count < customer.Favourites.Count ? random.Pick(customer.Favourites) : random.Pick(DemoCatalog.Products);
            if (products.Contains(product))
            {
                continue;
            }

            var unitPrice = DemoCurrencies.FromEuro(product.Price * priceLevel * (1m - customer.Discount), currency);
            var unitCost = DemoCurrencies.FromEuro(product.Cost * priceLevel, currency);
            var quantity = product.NextQuantity(random, customer.Volume);
            lines[products.Count] = new ScaleOrderLine(product.ProductNo, product.Name, quantity, unitPrice, unitCost, Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero));
            products.Add(product);
        }

        return lines;
    }
}
