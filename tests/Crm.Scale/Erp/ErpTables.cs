using Crm.Scale.Loading;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Erp;

/// <summary>The ERP tables of Host.Sample's schema (Host.Sample/Erp/Schema), parents before children.</summary>
internal static class ErpTables
{
    private static readonly TableShape Customers = new("erp_customers",
    [
        ("customer_no", ColumnKind.Text), ("name", ColumnKind.Text), ("email", ColumnKind.Text), ("phone", ColumnKind.Text),
        ("street", ColumnKind.Text), ("postal_code", ColumnKind.Text), ("city", ColumnKind.Text), ("country", ColumnKind.Text),
        ("currency", ColumnKind.Text), ("created_on", ColumnKind.Date),
    ]);

    private static readonly TableShape Products = new("erp_products",
        [("product_no", ColumnKind.Text), ("name", ColumnKind.Text), ("unit_price", ColumnKind.Decimal), ("unit_cost", ColumnKind.Decimal)]);

    private static readonly TableShape Orders = new("erp_orders",
    [
        ("order_no", ColumnKind.Int32), ("customer_no", ColumnKind.Text), ("order_date", ColumnKind.Date), ("shipped_on", ColumnKind.Date),
        ("status", ColumnKind.Text), ("currency", ColumnKind.Text), ("customer_reference", ColumnKind.Text),
    ]);

    private static readonly TableShape OrderLines = new("erp_order_lines",
    [
        ("order_no", ColumnKind.Int32), ("line_no", ColumnKind.Int32), ("product_no", ColumnKind.Text), ("description", ColumnKind.Text),
        ("quantity", ColumnKind.Decimal), ("unit_price", ColumnKind.Decimal), ("unit_cost", ColumnKind.Decimal), ("line_total", ColumnKind.Decimal),
    ]);

    private static readonly TableShape Invoices = new("erp_invoices",
    [
        ("invoice_no", ColumnKind.Text), ("customer_no", ColumnKind.Text), ("order_no", ColumnKind.Int32), ("invoice_date", ColumnKind.Date),
        ("due_date", ColumnKind.Date), ("currency", ColumnKind.Text), ("total_amount", ColumnKind.Decimal), ("paid_amount", ColumnKind.Decimal),
        ("paid_on", ColumnKind.Date),
    ]);

    public static IReadOnlyList<TableLoad> Loads(ScaleSettings settings, ScaleCustomers customers, ScaleOrders orders, ScaleInvoices invoices)
    {
        var counts = settings.Counts;
        return
        [
            new(Customers, customers.All.Count, () => customers.All.Select(customer => CustomerRow(customer.Row))),
            new(Products, DemoCatalog.Products.Count, () => DemoCatalog.Products.Select(product => new object?[] { product.ProductNo, product.Name, product.Price, product.Cost })),
            new(Orders, counts.Orders, () => orders.Enumerate().Select(order => OrderRow(customers, order))),
            new(OrderLines, counts.OrderLines, () => orders.Enumerate().SelectMany(LineRows)),
            new(Invoices, counts.Invoices, () => invoices.Enumerate().Select(invoice => InvoiceRow(customers, invoice))),
        ];
    }

    private static object?[] CustomerRow(CustomerRow row) =>
        [row.CustomerNo, row.Name, row.Email, row.Phone, row.Street, row.PostalCode, row.City, row.Country, row.Currency, row.CreatedOn];

    private static object?[] OrderRow(ScaleCustomers customers, ScaleOrder order)
    {
        var customer = customers.All[order.CustomerIndex].Row;
        return [order.OrderNo, customer.CustomerNo, DemoCalendar.ToDb(order.OrderDate), DateOrNull(order.ShippedOn), order.Status, customer.Currency, order.Reference];
    }

    private static IEnumerable<object?[]> LineRows(ScaleOrder order) =>
        order.Lines.Select((line, index) => new object?[] { order.OrderNo, index + 1, line.ProductNo, line.Description, line.Quantity, line.UnitPrice, line.UnitCost, line.LineTotal });

    private static object?[] InvoiceRow(ScaleCustomers customers, ScaleInvoice invoice) =>
    [
        invoice.InvoiceNo, customers.All[invoice.CustomerIndex].Row.CustomerNo, invoice.OrderNo, DemoCalendar.ToDb(invoice.InvoiceDate),
        DemoCalendar.ToDb(invoice.DueDate), invoice.Currency, invoice.Total, invoice.Paid, DateOrNull(invoice.PaidOn),
    ];

    private static DateTime? DateOrNull(DateOnly? date) => date is { } value ? DemoCalendar.ToDb(value) : null;
}
