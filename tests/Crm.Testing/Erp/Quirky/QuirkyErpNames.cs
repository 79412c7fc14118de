namespace Crm.Testing.Erp.Quirky;

/// <summary>
/// The quirky ERP's table and column names, for mapping configurations in tests. Every one of them
/// needs quoting: spaces, <c>$</c>, brackets, a dash, umlauts.
/// </summary>
public static class QuirkyErpNames
{
    /// <summary>Length of the fixed-length customer key; shorter keys are stored space-padded by PostgreSQL and SQL Server.</summary>
    public const int CustomerKeyLength = 5;

    public const string CustomerTable = "Kunden Stamm$";
    public const string CustomerKey = "Kd Nr";
    public const string CustomerName = "Name [lang]";
    public const string CustomerEmail = "E-Mail";

    public const string OrderTable = "Auftrag$Kopf";
    public const string OrderKey = "Auftrag Nr";
    public const string OrderCustomerKey = "Kd Nr";
    public const string OrderDate = "Datum";
    public const string OrderTotal = "Betrag";
    public const string OrderCurrency = "Währung";

    public const string InvoiceTable = "Rechnung$Kopf";
    public const string InvoiceKey = "Re Nr";
    public const string InvoiceCustomerKey = "Kd Nr";
    public const string InvoiceOrderKey = "Auftrag Nr";
    public const string InvoiceDate = "Datum";
    public const string InvoiceDueDate = "Fällig";
    public const string InvoiceTotal = "Betrag";
    public const string InvoicePaid = "Bezahlt";
    public const string InvoiceOpen = "Offen";
}
