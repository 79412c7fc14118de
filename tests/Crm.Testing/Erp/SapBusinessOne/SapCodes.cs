namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>SAP Business One's codes as they appear in its tables.</summary>
public static class SapCodes
{
    public const string Customer = "C";
    public const string Supplier = "S";
    public const string Lead = "L";

    public const string Open = "O";
    public const string Closed = "C";

    public const string Yes = "Y";
    public const string No = "N";

    /// <summary>The object type of a sales order (ORDR), as INV1.BaseType.</summary>
    public const int SalesOrderObject = 17;

    /// <summary>The object type of an A/R invoice (OINV), as RCT2.InvType.</summary>
    public const int InvoiceObject = 13;

    /// <summary>INV1.BaseType of a line not copied from another document.</summary>
    public const int NoBaseDocument = -1;
}
