namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>What <see cref="SapBusinessOneShape.CreateAsync"/> seeded: counts at a glance, rows in <see cref="Data"/>.</summary>
public sealed record SapBusinessOneSummary(SapBusinessOneData Data)
{
    public int Customers => Data.BusinessPartners.Count(partner => partner.IsCustomer);

    public int Suppliers => Data.BusinessPartners.Count(partner => partner.CardType == SapCodes.Supplier);

    public int Leads => Data.BusinessPartners.Count(partner => partner.CardType == SapCodes.Lead);

    public int Orders => Data.Orders.Count;

    public int CancelledOrders => Data.Orders.Count(order => order.Canceled);

    public int OrderLines => Data.Orders.Sum(order => order.Lines.Count);

    public int Invoices => Data.Invoices.Count;

    public int CancelledInvoices => Data.Invoices.Count(invoice => invoice.Canceled);

    public int InvoiceLines => Data.Invoices.Sum(invoice => invoice.Lines.Count);

    public int InvoicesWithoutOrder => Data.Invoices.Count(invoice => invoice.BaseOrderEntry is null);

    /// <summary>Orders billed by more than one invoice (partial deliveries).</summary>
    public int OrdersWithSeveralInvoices => Data.Invoices
        .Where(invoice => invoice.BaseOrderEntry is not null)
        .GroupBy(invoice => invoice.BaseOrderEntry)
        .Count(group => group.Count() > 1);

    public int Payments => Data.Payments.Count;

    public int CancelledPayments => Data.Payments.Count(payment => payment.Canceled);

    public int PaymentLines => Data.Payments.Sum(payment => payment.Applications.Count);

    public int PaidInvoices => ValidInvoices.Count(invoice => invoice.Open == 0);

    public int PartlyPaidInvoices => ValidInvoices.Count(invoice => invoice.PaidToDate > 0 && invoice.Open > 0);

    public int UnpaidInvoices => ValidInvoices.Count(invoice => invoice.PaidToDate == 0);

    /// <summary>Not cancelled, not fully paid, and due before <see cref="SapBusinessOneData.Today"/>.</summary>
    public int OverdueInvoices => ValidInvoices.Count(invoice =>
        invoice.Open > 0 && DateOnly.FromDateTime(invoice.DocDueDate) < Data.Today);

    private IEnumerable<SapInvoice> ValidInvoices => Data.Invoices.Where(invoice => !invoice.Canceled);
}
