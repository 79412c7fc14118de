using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// Finance's part of the host's customer card: orders, invoices, open and overdue balance and revenue
/// per month, from the account overview. Invoices and balances stay empty for roles the overview
/// does not show them to. Ids carry the <c>crm.</c> prefix so they never clash with the host's.
/// </summary>
internal static class CustomerCardFinanceExtension
{
    private const string Key = "screens.customerCard.";
    private const string Overview = "/api/crm/accounts/{key}/overview";

    public static ScreenExtension Extension { get; } = new(
        "crm.customer-card-finance",
        "erp.customer-card",
        ScreenAnchor.End,
        Sections:
        [
            new("crm.finance", Key + "finance",
            [
                new("crm.orderCount", Key + "orderCount", FieldType.Number, "orderCount"),
                new("crm.firstOrderDate", Key + "firstOrderDate", FieldType.Date, "firstOrderDate"),
                new("crm.lastOrderDate", Key + "lastOrderDate", FieldType.Date, "lastOrderDate"),
                new("crm.averageDaysToPay", Key + "averageDaysToPay", FieldType.Number, "averageDaysToPay"),
            ],
            Charts: [new("crm.revenueByMonth", Key + "revenueByMonth", ChartKind.Bar, "revenueByMonth", "month", "revenue", SeriesPath: "currency")],
            DataRoute: Overview),
            new("crm.balances", Key + "balances",
            [
                new("crm.balanceCurrency", Key + "currency", FieldType.Text, "currency"),
                new("crm.openBalance", Key + "openBalance", FieldType.Money, "openBalance"),
                new("crm.overdueBalance", Key + "overdueBalance", FieldType.Money, "overdueBalance"),
                new("crm.overdueInvoiceCount", Key + "overdueInvoiceCount", FieldType.Number, "overdueInvoiceCount"),
            ],
            RowsPath: "balances",
            DataRoute: Overview),
            new("crm.orders", Key + "orders",
            [
                new("crm.orderNumber", Key + "orderNumber", FieldType.Text, "number"),
                new("crm.orderDate", Key + "orderDate", FieldType.Date, "orderDate"),
                new("crm.orderTotal", Key + "orderTotal", FieldType.Money, "total"),
                new("crm.orderStatus", Key + "orderStatus", FieldType.Text, "status"),
            ],
            RowsPath: "orders.items",
            DataRoute: Overview),
            new("crm.invoices", Key + "invoices",
            [
                new("crm.invoiceNumber", Key + "invoiceNumber", FieldType.Text, "number"),
                new("crm.invoiceDate", Key + "invoiceDate", FieldType.Date, "invoiceDate"),
                new("crm.dueDate", Key + "dueDate", FieldType.Date, "dueDate"),
                new("crm.invoiceTotal", Key + "invoiceTotal", FieldType.Money, "total"),
                new("crm.invoiceOpen", Key + "invoiceOpen", FieldType.Money, "open"),
                new("crm.isOverdue", Key + "isOverdue", FieldType.Boolean, "isOverdue"),
            ],
            RowsPath: "invoices.items",
            DataRoute: Overview),
        ]);
}
