using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Host.Sample.Erp.Screens;

/// <summary>The ERP's invoices, newest first, optionally of one customer; only for the roles the invoice API serves.</summary>
internal static class ErpInvoiceListScreen
{
    private const string Key = "erp.invoices.";

    public static ScreenDefinition Definition { get; } = new(
        "erp.invoices",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/erp/invoices?customer={customer}",
        RowsPath: "items",
        Roles: [CrmRoles.Finance, CrmRoles.Admin, CrmRoles.OrderClerk],
        Sections:
        [
            new("erp.columns", Key + "columns",
            [
                new("erp.number", Key + "number", FieldType.Text, "number"),
                new("erp.customerKey", Key + "customerKey", FieldType.Text, "customerKey", OpensScreenId: ErpCustomerCardScreen.Id),
                new("erp.customerName", Key + "customerName", FieldType.Text, "customerName"),
                new("erp.invoiceDate", Key + "invoiceDate", FieldType.Date, "invoiceDate"),
                new("erp.dueDate", Key + "dueDate", FieldType.Date, "dueDate"),
                new("erp.total", Key + "total", FieldType.Money, "total"),
                new("erp.open", Key + "open", FieldType.Money, "open"),
                new("erp.isOverdue", Key + "isOverdue", FieldType.Boolean, "isOverdue"),
            ]),
            new("erp.filter", Key + "filter",
            [
                ErpCustomerFilter.Field(Key + "customer"),
            ]),
        ],
        Actions: []);
}
