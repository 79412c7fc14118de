namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>
/// Everything <see cref="SapBusinessOneShape"/> wrote, row for row, so tests can compute what the
/// add-on should report with LINQ instead of hard-coding numbers.
/// </summary>
public sealed record SapBusinessOneData(
    DateOnly Today,
    IReadOnlyList<SapBusinessPartner> BusinessPartners,
    IReadOnlyList<SapOrder> Orders,
    IReadOnlyList<SapInvoice> Invoices,
    IReadOnlyList<SapPayment> Payments);

/// <summary>An OCRD row. <see cref="CardType"/>: C customer, S supplier, L lead.</summary>
public sealed record SapBusinessPartner(
    string CardCode,
    string CardName,
    string CardType,
    string? Email,
    string? Phone,
    string? Address,
    string? ZipCode,
    string? City,
    string Country,
    string Currency)
{
    public bool IsCustomer => CardType == SapCodes.Customer;
}

/// <summary>An ORDR row with its RDR1 lines. A cancelled order has DocStatus C and CANCELED Y.</summary>
public sealed record SapOrder(
    int DocEntry,
    int DocNum,
    string CardCode,
    DateTime DocDate,
    DateTime DocDueDate,
    string Currency,
    decimal DocTotal,
    string? NumAtCard,
    string DocStatus,
    bool Canceled,
    IReadOnlyList<SapOrderLine> Lines);

public sealed record SapOrderLine(int LineNum, string ItemCode, string Description, decimal Quantity, decimal Price, decimal LineTotal, decimal GrossBuyPrice);

/// <summary>An OINV row with its INV1 lines; <see cref="BaseOrderEntry"/> is the order its lines copy, if any.</summary>
public sealed record SapInvoice(
    int DocEntry,
    int DocNum,
    string CardCode,
    DateTime DocDate,
    DateTime DocDueDate,
    string Currency,
    decimal DocTotal,
    decimal PaidToDate,
    bool Canceled,
    IReadOnlyList<SapInvoiceLine> Lines)
{
    public int? BaseOrderEntry => Lines.Select(line => line.BaseEntry).FirstOrDefault(entry => entry is not null);

    public decimal Open => DocTotal - PaidToDate;
}

/// <summary>An INV1 row; BaseType is 17 (sales order) when <see cref="BaseEntry"/> is set, else -1.</summary>
public sealed record SapInvoiceLine(int LineNum, string ItemCode, string Description, decimal Quantity, decimal Price, decimal LineTotal, int? BaseEntry, int? BaseLine)
{
    public int BaseType => BaseEntry is null ? SapCodes.NoBaseDocument : SapCodes.SalesOrderObject;
}

/// <summary>An ORCT row with its RCT2 lines. A cancelled payment's amounts are not in any PaidToDate.</summary>
public sealed record SapPayment(int DocEntry, int DocNum, DateTime DocDate, string CardCode, bool Canceled, IReadOnlyList<SapPaymentApplication> Applications);

/// <summary>An RCT2 row: <see cref="InvoiceId"/> is the line number, <see cref="InvoiceDocEntry"/> the OINV paid (InvType 13).</summary>
public sealed record SapPaymentApplication(int InvoiceId, int InvoiceDocEntry, decimal SumApplied);
