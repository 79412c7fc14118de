using System.Globalization;

namespace Host.Sample.Erp.DemoData;

/// <summary>
/// Invoices every shipped order on its shipping day, adds a few service invoices without an order,
/// and lets each customer pay according to its habit, up to <c>today</c>.
/// </summary>
internal static class DemoInvoices
{
    private sealed record Draft(DemoCustomer Customer, int? OrderNo, DateOnly InvoiceDate, decimal Total);

    public static IReadOnlyList<InvoiceRow> Create(
        Random random,
        DateOnly today,
        DemoDataSize size,
        IReadOnlyList<DemoCustomer> customers,
        IReadOnlyList<OrderRow> orders,
        IReadOnlyList<OrderLineRow> lines)
    {
        var customersByNo = customers.ToDictionary(customer => customer.Row.CustomerNo, StringComparer.Ordinal);
        var totals = lines.GroupBy(line => line.OrderNo).ToDictionary(group => group.Key, group => group.Sum(line => line.LineTotal));
        var drafts = orders
            .Where(order => order.ShippedOn is not null)
            .Select(order => new Draft(customersByNo[order.CustomerNo], order.OrderNo, DateOnly.FromDateTime(order.ShippedOn!.Value), totals[order.OrderNo]))
            .Concat(CreateServiceInvoices(random, today, size, customers))
            .OrderBy(draft => draft.InvoiceDate)
            .ThenBy(draft => draft.Customer.Row.CustomerNo, StringComparer.Ordinal)
            .ThenBy(draft => draft.OrderNo ?? 0)
            .ToList();

        var invoices = new List<InvoiceRow>(drafts.Count);
        var year = 0;
        var numberInYear = 0;
        foreach (var draft in drafts)
        {
            // Invoice numbers restart every year, as German bookkeeping practice has it.
            if (draft.InvoiceDate.Year != year)
            {
                year = draft.InvoiceDate.Year;
                numberInYear = 0;
            }

            var invoiceNo = string.Create(CultureInfo.InvariantCulture, $"INV-{year}-{++numberInYear:D6}");
            invoices.Add(CreateInvoice(random, today, invoiceNo, draft));
        }

        return invoices;
    }

    // A handful of invoices for repairs on site: technician hours and travel, billed without an order.
    private static IEnumerable<Draft> CreateServiceInvoices(Random random, DateOnly today, DemoDataSize size, IReadOnlyList<DemoCustomer> customers)
    {
        var historyStart = today.AddYears(-size.Years);
        var candidates = customers.Where(customer => customer.OrderInterval is not null).ToList();
        var count = candidates.Count == 0 ? 0 : Math.Max(3, size.Customers / 40);
        for (var index = 0; index < count; index++)
        {
            var customer = random.Pick(candidates);
            var earliest = customer.CreatedOn > historyStart ? customer.CreatedOn : historyStart;
            var invoiceDate = DemoCalendar.NextWorkday(earliest.AddDays(random.Next(Math.Max(1, today.DayNumber - earliest.DayNumber - 3))));
            var currency = customer.Row.Currency;
            var hours = random.Next(2, 17) * 0.5m;
            var total = DemoCurrencies.Round(hours * DemoCurrencies.FromEuro(DemoCatalog.TechnicianHour.Price, currency), currency)
                + DemoCurrencies.FromEuro(DemoCatalog.TravelAllowance.Price, currency);
            yield return new Draft(customer, null, invoiceDate, total);
        }
    }

    private static InvoiceRow CreateInvoice(Random random, DateOnly today, string invoiceNo, Draft draft)
    {
        var customer = draft.Customer;
        var dueDate = draft.InvoiceDate.AddDays(customer.PaymentTermDays);
        var (paid, paidOn) = Pay(random, today, draft, dueDate);
        return new InvoiceRow(
            invoiceNo,
            customer.Row.CustomerNo,
            draft.OrderNo,
            DemoCalendar.ToDb(draft.InvoiceDate),
            DemoCalendar.ToDb(dueDate),
            customer.Row.Currency,
            draft.Total,
            paid,
            paidOn is { } date ? DemoCalendar.ToDb(date) : null);
    }

    private static (decimal Paid, DateOnly? PaidOn) Pay(Random random, DateOnly today, Draft draft, DateOnly dueDate)
    {
        var habit = draft.Customer.PaymentHabit;
        var payDay = habit switch
        {
            PaymentHabit.Punctual => dueDate.AddDays(random.Next(-10, 4)),
            PaymentHabit.Late => dueDate.AddDays(random.Next(0, 41)),
            PaymentHabit.Poor => dueDate.AddDays(random.Next(10, 91)),
            PaymentHabit.Prompt => draft.InvoiceDate.AddDays(random.Next(0, 6)),
            _ => throw new InvalidOperationException($"Unknown payment habit {habit}."),
        };

        // Disputes and short payments happen to everyone, but mostly to poor payers.
        var roll = random.NextDouble();
        var (neverPaid, partlyPaid) = habit == PaymentHabit.Poor ? (0.06, 0.16) : (0.005, 0.015);
        if (payDay >= today || roll < neverPaid)
        {
            return (0m, null);
        }

        if (roll < partlyPaid)
        {
            var part = DemoCurrencies.Round(draft.Total * random.Factor(0.2m, 0.8m), draft.Customer.Row.Currency);
            return (part, payDay);
        }

        return (draft.Total, payDay);
    }
}
