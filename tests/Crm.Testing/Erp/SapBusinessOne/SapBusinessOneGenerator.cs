using System.Globalization;

namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>
/// Deterministic SAP Business One sample data: the same seed gives the same documents, and every
/// date is an offset from <c>today</c>, so "overdue" and "last twelve months" mean the same on any
/// day the tests run.
/// </summary>
internal sealed class SapBusinessOneGenerator
{
    private const int Seed = 4711;
    private const double CancelledOrderShare = 0.06;
    private const double InvoicedOrderShare = 0.8;
    private const double SplitInvoiceShare = 0.1;
    private const double CancelledInvoiceShare = 0.05;
    private const int ServiceInvoices = 5;
    private const int CancelledPayments = 2;

    private readonly Random random = new(Seed);
    private readonly DateOnly today;
    private readonly Dictionary<string, int> paymentTermDays = new(StringComparer.Ordinal);

    public SapBusinessOneGenerator(DateOnly today) => this.today = today;

    public SapBusinessOneData Generate()
    {
        var partners = BusinessPartners();
        var customers = partners.Where(partner => partner.IsCustomer).ToList();
        var orderDrafts = OrderDrafts(customers);
        var invoiceDrafts = InvoiceDrafts(orderDrafts, customers);
        var applications = PaymentApplications(invoiceDrafts);
        var payments = Payments(applications);

        var orders = orderDrafts.Select(draft => draft.ToOrder(invoiceDrafts)).ToList();
        var invoices = invoiceDrafts.Select(draft => draft.ToInvoice(applications)).ToList();
        return new SapBusinessOneData(today, partners, orders, invoices, payments);
    }

    private List<SapBusinessPartner> BusinessPartners()
    {
        var partners = new List<SapBusinessPartner>();
        var customers = Interleave(SapSampleCatalog.GermanCustomers, SapSampleCatalog.KoreanCustomers, SapSampleCatalog.EnglishCustomers);
        for (var index = 0; index < customers.Count; index++)
        {
            var code = SapSampleCatalog.OddCustomerCodes.TryGetValue(index, out var odd)
                ? odd
                : string.Create(CultureInfo.InvariantCulture, $"C{20001 + index}");
            partners.Add(Partner(code, SapCodes.Customer, customers[index], withEmail: index % 7 != 3, withPhone: index % 11 != 5));
            paymentTermDays[code] = random.Next(2) == 0 ? 14 : 30;
        }

        partners.AddRange(SapSampleCatalog.Suppliers.Select((company, index) =>
            Partner(string.Create(CultureInfo.InvariantCulture, $"V{10001 + index}"), SapCodes.Supplier, company, withEmail: true, withPhone: true)));
        partners.AddRange(SapSampleCatalog.Leads.Select((company, index) =>
            Partner(string.Create(CultureInfo.InvariantCulture, $"L{10001 + index}"), SapCodes.Lead, company, withEmail: index != 1, withPhone: false)));
        return partners;
    }

    private SapBusinessPartner Partner(string code, string type, SapSampleCatalog.Company company, bool withEmail, bool withPhone)
    {
        var domain = company.Country switch
        {
            "KR" => "co.kr",
            "GB" => "co.uk",
            "US" => "com",
            _ => "de",
        };
        var phone = company.Country switch
        {
            "KR" => $"+82 2-{random.Next(200, 999)}-{random.Next(1000, 9999)}",
            "GB" => $"+44 20 {random.Next(7000, 7999)} {random.Next(1000, 9999)}",
            "US" => $"+1 {random.Next(201, 989)} 555 {random.Next(100, 199):D4}",
            _ => $"+49 {random.Next(30, 999)} {random.Next(100000, 9999999)}",
        };
        return new SapBusinessPartner(
            code,
            company.Name,
            type,
            withEmail ? $"info@{company.Slug}.{domain}" : null,
            withPhone ? phone : null,
            company.Street,
            company.ZipCode,
            company.City,
            company.Country,
            company.Currency);
    }

    private List<OrderDraft> OrderDrafts(List<SapBusinessPartner> customers)
    {
        var drafts = new List<OrderDraft>();
        for (var index = 0; index < customers.Count; index++)
        {
            // Every tenth customer has never ordered: an account page must cope with no documents.
            var count = index % 10 == 9 ? 0 : random.Next(1, 8);
            for (var order = 0; order < count; order++)
            {
                var customer = customers[index];
                var date = Day(random.Next(0, 420));
                var reference = random.NextDouble() < 0.7 ? $"PO-{random.Next(1000, 99999)}" : null;
                var canceled = random.NextDouble() < CancelledOrderShare;
                drafts.Add(new OrderDraft(customer, date, date.AddDays(random.Next(7, 22)), reference, canceled, OrderLines(customer.Currency)));
            }
        }

        var numbered = drafts.OrderBy(draft => draft.DocDate).ThenBy(draft => draft.Customer.CardCode, StringComparer.Ordinal).ToList();
        for (var index = 0; index < numbered.Count; index++)
        {
            numbered[index].DocEntry = index + 1;
        }

        return numbered;
    }

    private List<SapOrderLine> OrderLines(string currency)
    {
        var (rate, decimals) = SapSampleCatalog.Currency(currency);
        var items = SapSampleCatalog.Items.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        return items.Select((item, lineNum) =>
        {
            var quantity = item.SoldByTheHour ? random.Next(1, 17) / 2m : random.Next(1, 26);
            var price = Math.Round(item.PriceInEuro * rate, decimals);
            var cost = Math.Round(price * random.Next(55, 81) / 100m, decimals);
            return new SapOrderLine(lineNum, item.Code, item.Description, quantity, price, Math.Round(quantity * price, decimals), cost);
        }).ToList();
    }

    private List<InvoiceDraft> InvoiceDrafts(List<OrderDraft> orders, List<SapBusinessPartner> customers)
    {
        var drafts = new List<InvoiceDraft>();
        foreach (var order in orders.Where(order => !order.Canceled && order.DocDate <= Day(3)))
        {
            if (random.NextDouble() >= InvoicedOrderShare)
            {
                continue;
            }

            var first = Min(order.DocDate.AddDays(random.Next(0, 5)), Day(0));
            if (order.Lines.Count >= 2 && random.NextDouble() < SplitInvoiceShare)
            {
                // A partial delivery: the order is billed by two invoices.
                var split = order.Lines.Count / 2;
                drafts.Add(BaseInvoice(order, order.Lines.Take(split), first));
                drafts.Add(BaseInvoice(order, order.Lines.Skip(split), Min(first.AddDays(random.Next(3, 21)), Day(0))));
            }
            else
            {
                drafts.Add(BaseInvoice(order, order.Lines, first));
            }
        }

        for (var service = 0; service < ServiceInvoices; service++)
        {
            var customer = customers[random.Next(customers.Count)];
            var (rate, decimals) = SapSampleCatalog.Currency(customer.Currency);
            var item = SapSampleCatalog.Items.First(candidate => candidate.SoldByTheHour);
            var hours = random.Next(2, 13) / 2m;
            var price = Math.Round(item.PriceInEuro * rate, decimals);
            var line = new SapInvoiceLine(0, item.Code, item.Description, hours, price, Math.Round(hours * price, decimals), BaseEntry: null, BaseLine: null);
            drafts.Add(new InvoiceDraft(customer.CardCode, customer.Currency, Day(random.Next(0, 200)), [line], canceled: false));
        }

        var numbered = drafts.OrderBy(draft => draft.DocDate).ThenBy(draft => draft.CardCode, StringComparer.Ordinal).ToList();
        for (var index = 0; index < numbered.Count; index++)
        {
            numbered[index].DocEntry = index + 1;
            numbered[index].DocDueDate = numbered[index].DocDate.AddDays(paymentTermDays[numbered[index].CardCode]);
        }

        return numbered;
    }

    private InvoiceDraft BaseInvoice(OrderDraft order, IEnumerable<SapOrderLine> orderLines, DateTime date)
    {
        var lines = orderLines
            .Select((line, lineNum) => new SapInvoiceLine(lineNum, line.ItemCode, line.Description, line.Quantity, line.Price, line.LineTotal, order.DocEntry, line.LineNum))
            .ToList();
        return new InvoiceDraft(order.Customer.CardCode, order.Customer.Currency, date, lines, random.NextDouble() < CancelledInvoiceShare);
    }

    private List<ApplicationDraft> PaymentApplications(List<InvoiceDraft> invoices)
    {
        var applications = new List<ApplicationDraft>();
        foreach (var invoice in invoices.Where(invoice => !invoice.Canceled))
        {
            var decimals = SapSampleCatalog.Currency(invoice.Currency).Decimals;
            var share = random.NextDouble();
            var paidOn = invoice.DocDate.AddDays(random.Next(1, paymentTermDays[invoice.CardCode] + 25));
            if (paidOn > Day(0) || share >= 0.8)
            {
                continue;
            }

            if (share < 0.65)
            {
                var firstInstallment = random.NextDouble() < 0.1 ? Math.Round(invoice.DocTotal / 2, decimals) : invoice.DocTotal;
                applications.Add(new ApplicationDraft(invoice, paidOn, firstInstallment, Canceled: false));
                var secondOn = paidOn.AddDays(random.Next(5, 21));
                if (firstInstallment < invoice.DocTotal && secondOn <= Day(0))
                {
                    applications.Add(new ApplicationDraft(invoice, secondOn, invoice.DocTotal - firstInstallment, Canceled: false));
                }
            }
            else
            {
                applications.Add(new ApplicationDraft(invoice, paidOn, Math.Round(invoice.DocTotal * random.Next(20, 71) / 100m, decimals), Canceled: false));
            }
        }

        // A payment that was entered and then cancelled: its RCT2 lines exist but paid nothing.
        var paidInvoices = applications.Select(application => application.Invoice).ToHashSet();
        applications.AddRange(invoices
            .Where(invoice => !invoice.Canceled && !paidInvoices.Contains(invoice) && invoice.DocDate <= Day(10))
            .Take(CancelledPayments)
            .Select(invoice => new ApplicationDraft(invoice, invoice.DocDate.AddDays(5), invoice.DocTotal, Canceled: true)));
        return applications;
    }

    /// <summary>
    /// Groups applications into ORCT documents the way customers pay: several invoices of one
    /// customer within a week in one transfer, dated on the last of them.
    /// </summary>
    private static List<SapPayment> Payments(List<ApplicationDraft> applications)
    {
        var groups = new List<List<ApplicationDraft>>();
        foreach (var application in applications
            .OrderBy(application => application.Invoice.CardCode, StringComparer.Ordinal)
            .ThenBy(application => application.PaidOn)
            .ThenBy(application => application.Invoice.DocEntry))
        {
            var current = groups.Count > 0 ? groups[^1] : null;
            var joins = current is not null
                && !application.Canceled
                && !current[0].Canceled
                && current[0].Invoice.CardCode == application.Invoice.CardCode
                && application.PaidOn <= current[0].PaidOn.AddDays(7)
                && current.TrueForAll(other => other.Invoice != application.Invoice);
            if (joins)
            {
                current!.Add(application);
            }
            else
            {
                groups.Add([application]);
            }
        }

        return groups
            .Select(group => (Date: group.Max(application => application.PaidOn), Group: group))
            .OrderBy(payment => payment.Date)
            .ThenBy(payment => payment.Group[0].Invoice.DocEntry)
            .Select((payment, index) => new SapPayment(
                index + 1,
                7001 + index,
                payment.Date,
                payment.Group[0].Invoice.CardCode,
                payment.Group[0].Canceled,
                payment.Group.Select((application, line) => new SapPaymentApplication(line, application.Invoice.DocEntry, application.Amount)).ToList()))
            .ToList();
    }

    private static List<SapSampleCatalog.Company> Interleave(params IReadOnlyList<IReadOnlyList<SapSampleCatalog.Company>> lists)
    {
        var mixed = new List<SapSampleCatalog.Company>();
        for (var position = 0; mixed.Count < lists.Sum(list => list.Count); position++)
        {
            mixed.AddRange(lists.Where(list => position < list.Count).Select(list => list[position]));
        }

        return mixed;
    }

    private static DateTime Min(DateTime first, DateTime second) => first < second ? first : second;

    private DateTime Day(int daysAgo) => today.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue);

    private sealed class OrderDraft(SapBusinessPartner customer, DateTime docDate, DateTime docDueDate, string? reference, bool canceled, List<SapOrderLine> lines)
    {
        public SapBusinessPartner Customer => customer;

        public DateTime DocDate => docDate;

        public bool Canceled => canceled;

        public List<SapOrderLine> Lines => lines;

        public int DocEntry { get; set; }

        /// <summary>Closed once invoiced, unless an invoice was cancelled (SAP reopens the order then); cancelled orders are closed too.</summary>
        public SapOrder ToOrder(List<InvoiceDraft> invoices)
        {
            var own = invoices.Where(invoice => invoice.BaseEntry == DocEntry).ToList();
            var closed = canceled || (own.Count > 0 && own.TrueForAll(invoice => !invoice.Canceled));
            return new SapOrder(
                DocEntry,
                5000 + DocEntry,
                customer.CardCode,
                docDate,
                docDueDate,
                customer.Currency,
                lines.Sum(line => line.LineTotal),
                reference,
                closed ? SapCodes.Closed : SapCodes.Open,
                canceled,
                lines);
        }
    }

    private sealed class InvoiceDraft(string cardCode, string currency, DateTime docDate, List<SapInvoiceLine> lines, bool canceled)
    {
        public string CardCode => cardCode;

        public string Currency => currency;

        public DateTime DocDate => docDate;

        public bool Canceled => canceled;

        public int? BaseEntry => lines[0].BaseEntry;

        public decimal DocTotal => lines.Sum(line => line.LineTotal);

        public int DocEntry { get; set; }

        public DateTime DocDueDate { get; set; }

        public SapInvoice ToInvoice(List<ApplicationDraft> applications) => new(
            DocEntry,
            9000 + DocEntry,
            cardCode,
            docDate,
            DocDueDate,
            currency,
            DocTotal,
            applications.Where(application => application.Invoice == this && !application.Canceled).Sum(application => application.Amount),
            canceled,
            lines);
    }

    private sealed record ApplicationDraft(InvoiceDraft Invoice, DateTime PaidOn, decimal Amount, bool Canceled);
}
