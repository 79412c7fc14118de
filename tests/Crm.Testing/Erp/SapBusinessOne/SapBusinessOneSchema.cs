using Crm.Testing.Databases;

namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>
/// The SAP Business One tables and columns the add-on reads, with SAP's names and types (including
/// its spelling <c>Dscription</c>). Real installations have hundreds of columns more; none matter here.
/// </summary>
internal static class SapBusinessOneSchema
{
    private static readonly SqlColumnType Code = SqlColumnType.Text(15);
    private static readonly SqlColumnType Flag = SqlColumnType.FixedText(1);
    private static readonly SqlColumnType Number = SqlColumnType.WholeNumber;
    private static readonly SqlColumnType Amount = SqlColumnType.Numeric(19, 6);
    private static readonly SqlColumnType Date = SqlColumnType.Timestamp;
    private static readonly SqlColumnType CurrencyCode = SqlColumnType.Text(3);

    public static TestTable BusinessPartners { get; } = new(
        "OCRD",
        [
            new("CardCode", Code, Nullable: false),
            new("CardName", SqlColumnType.Text(100)),
            new("CardType", Flag),
            new("E_Mail", SqlColumnType.Text(100)),
            new("Phone1", SqlColumnType.Text(20)),
            new("Address", SqlColumnType.Text(100)),
            new("ZipCode", SqlColumnType.Text(20)),
            new("City", SqlColumnType.Text(100)),
            new("Country", SqlColumnType.Text(3)),
            new("Currency", CurrencyCode),
        ],
        "CardCode");

    public static TestTable Orders { get; } = new(
        "ORDR",
        [
            new("DocEntry", Number, Nullable: false),
            new("DocNum", Number),
            new("CardCode", Code),
            new("DocDate", Date),
            new("DocDueDate", Date),
            new("DocCur", CurrencyCode),
            new("DocTotal", Amount),
            new("NumAtCard", SqlColumnType.Text(100)),
            new("DocStatus", Flag),
            new("CANCELED", Flag),
        ],
        "DocEntry");

    public static TestTable OrderLines { get; } = new("RDR1", DocumentLineColumns(new TestColumn("GrossBuyPr", Amount)), "DocEntry", "LineNum");

    public static TestTable Invoices { get; } = new(
        "OINV",
        [
            new("DocEntry", Number, Nullable: false),
            new("DocNum", Number),
            new("CardCode", Code),
            new("DocDate", Date),
            new("DocDueDate", Date),
            new("DocCur", CurrencyCode),
            new("DocTotal", Amount),
            new("PaidToDate", Amount),
            new("CANCELED", Flag),
        ],
        "DocEntry");

    public static TestTable InvoiceLines { get; } = new(
        "INV1",
        DocumentLineColumns(new TestColumn("BaseType", Number), new TestColumn("BaseEntry", Number), new TestColumn("BaseLine", Number)),
        "DocEntry",
        "LineNum");

    public static TestTable Payments { get; } = new(
        "ORCT",
        [
            new("DocEntry", Number, Nullable: false),
            new("DocNum", Number),
            new("DocDate", Date),
            new("CardCode", Code),
            new("Canceled", Flag),
        ],
        "DocEntry");

    /// <summary>RCT2: its DocNum is the payment's ORCT.DocEntry, its DocEntry the paid OINV.DocEntry.</summary>
    public static TestTable PaymentInvoices { get; } = new(
        "RCT2",
        [
            new("DocNum", Number, Nullable: false),
            new("InvoiceId", Number, Nullable: false),
            new("DocEntry", Number),
            new("InvType", Number),
            new("SumApplied", Amount),
        ],
        "DocNum",
        "InvoiceId");

    public static IReadOnlyList<TestTable> All { get; } = [BusinessPartners, Orders, OrderLines, Invoices, InvoiceLines, Payments, PaymentInvoices];

    private static List<TestColumn> DocumentLineColumns(params IEnumerable<TestColumn> extra) =>
    [
        new("DocEntry", Number, Nullable: false),
        new("LineNum", Number, Nullable: false),
        new("ItemCode", SqlColumnType.Text(50)),
        new("Dscription", SqlColumnType.Text(200)),
        new("Quantity", Amount),
        new("Price", Amount),
        new("LineTotal", Amount),
        .. extra,
    ];
}
