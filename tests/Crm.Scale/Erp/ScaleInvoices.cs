using System.Globalization;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Erp;

/// <summary>
/// Streams the invoices in invoice-date order, numbered per year like the demo's (INV-2026-000001):
/// every shipped order is invoiced on its shipping day, and service invoices without an order (site
/// repairs) make up the rest of the scale's invoice count. Shipping follows ordering within a few
/// days, so a small queue of invoices not yet due for numbering is all that is held.
/// </summary>
internal sealed class ScaleInvoices(ScaleSettings settings, ScaleCustomers customers, ScaleOrders orders)
{
    // An order ships at most a week and a weekend after it was placed.
    private const int LongestShipping = 9;

    private sealed record Draft(int CustomerIndex, int? OrderNo, DateOnly InvoiceDate, decimal Total);

    // How many orders are shipped decides how many service invoices fill up the count; counting
    // takes a pass over the orders, so it is done once, not at every enumeration.
    private readonly Lazy<int> _shippedOrders = new(() => orders.Enumerate().Count(order => order.ShippedOn is not null));

    public IEnumerable<ScaleInvoice> Enumerate()
    {
        var target = settings.Counts.Invoices;
        var orderInvoices = Math.Min(_shippedOrders.Value, target);
        var random = new Random(settings.Seed + 2);
        var pending = new PriorityQueue<Draft, (int Day, int Customer, int Order)>();
        foreach (var draft in ServiceInvoices(random, target - orderInvoices))
        {
            pending.Enqueue(draft, KeyOf(draft));
        }

        var numbering = new InvoiceNumbering();
        var invoiced = 0;
        foreach (var order in orders.Enumerate())
        {
            while (pending.TryPeek(out var next, out var key) && key.Day + LongestShipping < order.OrderDate.DayNumber)
            {
                pending.Dequeue();
                yield return Bill(random, numbering, next);
            }

            if (order.ShippedOn is { } shippedOn && invoiced < orderInvoices)
            {
                invoiced++;
                var draft = new Draft(order.CustomerIndex, order.OrderNo, shippedOn, order.Total);
                pending.Enqueue(draft, KeyOf(draft));
            }
        }

        while (pending.TryDequeue(out var draft, out _))
        {
            yield return Bill(random, numbering, draft);
        }
    }

    private static (int Day, int Customer, int Order) KeyOf(Draft draft) => (draft.InvoiceDate.DayNumber, draft.CustomerIndex, draft.OrderNo ?? 0);

    // Technician hours and travel, billed without an order, for customers who order.
    private IEnumerable<Draft> ServiceInvoices(Random random, int count)
    {
        var today = settings.Today;
        var historyStart = today.AddYears(-ScaleCustomers.HistoryYears);
        var candidates = Enumerable.Range(0, customers.All.Count).Where(index => customers.OrderCounts[index] > 0).ToArray();
        for (var index = 0; index < count && candidates.Length > 0; index++)
        {
            var customerIndex = random.Pick(candidates);
            var customer = customers.All[customerIndex];
            var earliest = customer.CreatedOn > historyStart ? customer.CreatedOn : historyStart;
            var invoiceDate = DemoCalendar.NextWorkday(earliest.AddDays(random.Next(Math.Max(1, today.DayNumber - earliest.DayNumber - 3))));
            var currency = customer.Row.Currency;
            var hours = random.Next(2, 17) * 0.5m;
            var total = DemoCurrencies.Round(hours * DemoCurrencies.FromEuro(DemoCatalog.TechnicianHour.Price, currency), currency)
                + DemoCurrencies.FromEuro(DemoCatalog.TravelAllowance.Price, currency);
            yield return new Draft(customerIndex, null, invoiceDate, total);
        }
    }

    private ScaleInvoice Bill(Random random, InvoiceNumbering numbering, Draft draft)
    {
        var customer = customers.All[draft.CustomerIndex];
        var dueDate = draft.InvoiceDate.AddDays(customer.PaymentTermDays);
        var (paid, paidOn) = Pay(random, draft, customer, dueDate);
        return new ScaleInvoice(numbering.Next(draft.InvoiceDate), draft.CustomerIndex, draft.OrderNo, draft.InvoiceDate, dueDate, customer.Row.Currency, draft.Total, paid, paidOn);
    }

    // The demo's payment habits: punctual, late, poor and prompt payers; disputes and short payments
    // mostly among poor payers; nothing is paid after today, so recent and poorly paid invoices are open
    // and many of them overdue.
    private (decimal Paid, DateOnly? PaidOn) Pay(Random random, Draft draft, DemoCustomer customer, DateOnly dueDate)
    {
        var habit = customer.PaymentHabit;
        var payDay = habit switch
        {
            PaymentHabit.Punctual => dueDate.AddDays(random.Next(-10, 4)),
            PaymentHabit.Late => dueDate.AddDays(random.Next(0, 41)),
            PaymentHabit.Poor => dueDate.AddDays(random.Next(10, 91)),
            _ => draft.InvoiceDate.AddDays(random.Next(0, 6)),
        };
        var roll = random.NextDouble();
        var (neverPaid, partlyPaid) = habit == PaymentHabit.Poor ? (0.06, 0.16) : (0.005, 0.015);
        if (payDay >= settings.Today || roll < neverPaid)
        {
            return (0m, null);
        }

        return roll < partlyPaid
            ? (DemoCurrencies.Round(draft.Total * random.Factor(0.2m, 0.8m), customer.Row.Currency), payDay)
            : (draft.Total, payDay);
    }

    /// <summary>Invoice numbers restart every year, as German bookkeeping practice has it.</summary>
    private sealed class InvoiceNumbering
    {
        private int _year;
        private int _number;

        public string Next(DateOnly invoiceDate)
        {
            if (invoiceDate.Year != _year)
            {
                _year = invoiceDate.Year;
                _number = 0;
            }

            return string.Create(CultureInfo.InvariantCulture, $"INV-{_year}-{++_number:D6}");
        }
    }
}
