using System.Globalization;

namespace Crm.Scale.Erp;

/// <summary>
/// What the CRM data refers to in the ERP data: which customer placed each order and received each
/// invoice, so inquiries about an order or an invoice name the right account. Integers only (an
/// invoice number packed as year and number), a few megabytes at the reference scale.
/// </summary>
internal sealed class ErpFacts
{
    private ErpFacts(int[] orderCustomers, int[] invoiceCustomers, int[] invoiceNumbers)
    {
        OrderCustomers = orderCustomers;
        InvoiceCustomers = invoiceCustomers;
        _invoiceNumbers = invoiceNumbers;
    }

    private readonly int[] _invoiceNumbers;

    /// <summary>The customer index of order <c>FirstOrderNo + i</c>; orders are numbered by date, so later is newer.</summary>
    public IReadOnlyList<int> OrderCustomers { get; }

    /// <summary>The customer index of the i-th invoice in date order.</summary>
    public IReadOnlyList<int> InvoiceCustomers { get; }

    public string InvoiceNo(int index) => string.Create(CultureInfo.InvariantCulture, $"INV-{_invoiceNumbers[index] / 1_000_000}-{_invoiceNumbers[index] % 1_000_000:D6}");

    public static ErpFacts Collect(ScaleOrders orders, ScaleInvoices invoices)
    {
        var orderCustomers = orders.Enumerate().Select(order => order.CustomerIndex).ToArray();
        var invoiceCustomers = new List<int>();
        var invoiceNumbers = new List<int>();
        foreach (var invoice in invoices.Enumerate())
        {
            invoiceCustomers.Add(invoice.CustomerIndex);
            invoiceNumbers.Add((invoice.InvoiceDate.Year * 1_000_000) + int.Parse(invoice.InvoiceNo.AsSpan(9), CultureInfo.InvariantCulture));
        }

        return new ErpFacts(orderCustomers, [.. invoiceCustomers], [.. invoiceNumbers]);
    }
}
