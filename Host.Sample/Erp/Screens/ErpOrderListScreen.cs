using Crm.Abstractions.Screens;

namespace Host.Sample.Erp.Screens;

/// <summary>The ERP's orders, newest first, optionally of one customer; the customer key opens the customer card.</summary>
internal static class ErpOrderListScreen
{
    private const string Key = "erp.orders.";

    public static ScreenDefinition Definition { get; } = new(
        "erp.orders",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/erp/orders?customer={customer}",
        RowsPath: "items",
        Sections:
        [
            new("erp.columns", Key + "columns",
            [
                new("erp.number", Key + "number", FieldType.Text, "number"),
                new("erp.customerKey", Key + "customerKey", FieldType.Text, "customerKey", OpensScreenId: ErpCustomerCardScreen.Id),
                new("erp.customerName", Key + "customerName", FieldType.Text, "customerName"),
                new("erp.orderDate", Key + "orderDate", FieldType.Date, "orderDate"),
                new("erp.total", Key + "total", FieldType.Money, "total"),
                new("erp.status", Key + "status", FieldType.Choice, "status", Choices: ["Open", "Shipped", "Cancelled"]),
            ]),
            new("erp.filter", Key + "filter",
            [
                ErpCustomerFilter.Field(Key + "customer"),
            ]),
        ],
        Actions: []);
}
