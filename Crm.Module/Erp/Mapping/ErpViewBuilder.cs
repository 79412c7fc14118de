using Crm.Module.Data.Dialects;

namespace Crm.Module.Erp.Mapping;

/// <summary>Builds <see cref="ErpViews"/> from the mapping settings for one SQL dialect.</summary>
internal static class ErpViewBuilder
{
    // An unmapped number column: a bare NULL in a derived table is text to PostgreSQL, and SUM fails.
    private const string NoNumber = "CAST(NULL AS decimal(19, 4))";

    public static ErpViews Build(ErpMappingOptions options, ISqlDialect dialect)
    {
        var probes = new List<MappingProbe>();
        var customers = BuildCustomers(options.Customers, dialect, probes);
        var orderLines = BuildOrderLines(options, dialect, probes);
        var orders = BuildOrders(options.Orders, orderLines, dialect, probes);
        var invoices = BuildInvoices(options, dialect, probes);

        probes.Add(new MappingProbe($"{ErpMappingOptions.SectionName}:Customers", $"SELECT * FROM ({customers}) c WHERE 1 = 0"));
        probes.Add(new MappingProbe($"{ErpMappingOptions.SectionName}:Orders", $"SELECT * FROM ({orders}) o WHERE 1 = 0"));
        probes.Add(new MappingProbe($"{ErpMappingOptions.SectionName}:Invoices", $"SELECT * FROM ({invoices}) i WHERE 1 = 0"));
        if (orderLines is not null)
        {
            probes.Add(new MappingProbe($"{ErpMappingOptions.SectionName}:OrderLines", $"SELECT * FROM ({orderLines.View}) l WHERE 1 = 0"));
        }

        return new ErpViews(
            customers,
            orders,
            invoices,
            orderLines?.View,
            MappedTable.Key($"{ErpMappingOptions.SectionName}:Customers:Key", options.Customers.KeyType, options.Customers.KeyLength),
            MappedTable.Key($"{ErpMappingOptions.SectionName}:Orders:Key", options.Orders.KeyType, options.Orders.KeyLength),
            MappedTable.Key($"{ErpMappingOptions.SectionName}:Invoices:Key", options.Invoices.KeyType, options.Invoices.KeyLength),
            probes);
    }

    private static string BuildCustomers(CustomerMapping m, ISqlDialect dialect, List<MappingProbe> probes)
    {
        var t = new MappedTable(dialect, "Customers", m, probes);
        return $"""
            SELECT {t.Column("Key", m.Key)} AS account_key, {t.Field("Name", m.Name)} AS name,
                   {t.Optional("Email", m.Email)} AS email, {t.Optional("Phone", m.Phone)} AS phone,
                   {t.Optional("Street", m.Street)} AS street, {t.Optional("PostalCode", m.PostalCode)} AS postal_code,
                   {t.Optional("City", m.City)} AS city, {t.Optional("Country", m.Country)} AS country,
                   {t.Optional("Currency", m.Currency)} AS currency
            FROM {t.Name} WHERE {t.Filter}
            """;
    }

    private sealed record OrderLinesView(string View, string TableName, string OrderKey, string LineTotal, string Filter);

    private static OrderLinesView? BuildOrderLines(ErpMappingOptions options, ISqlDialect dialect, List<MappingProbe> probes)
    {
        var m = options.OrderLines;
        if (string.IsNullOrWhiteSpace(m.Table))
        {
            // Lines are optional only while the order total is stored on the header.
            return string.IsNullOrWhiteSpace(options.Orders.Total)
                ? throw new ErpMappingException($"{ErpMappingOptions.SectionName}:OrderLines:Table", "is required when Orders:Total is empty (totals are then summed from the lines).")
                : null;
        }

        var t = new MappedTable(dialect, "OrderLines", m, probes);
        var orderKey = t.Column("OrderKey", m.OrderKey);
        var lineTotal = t.Field("LineTotal", m.LineTotal);
        var view = $"""
            SELECT {orderKey} AS order_key, {t.Optional("LineNumber", m.LineNumber)} AS line_number,
                   {t.Optional("ProductKey", m.ProductKey)} AS product_key, {t.Optional("Description", m.Description)} AS description,
                   {dialect.Money(t.Optional("Quantity", m.Quantity, NoNumber))} AS quantity, {dialect.Money(t.Optional("UnitPrice", m.UnitPrice, NoNumber))} AS unit_price,
                   {dialect.Money(t.Optional("UnitCost", m.UnitCost, NoNumber))} AS unit_cost, {dialect.Money(lineTotal)} AS line_total
            FROM {t.Name} WHERE {t.Filter}
            """;
        return new OrderLinesView(view, t.Name, orderKey, lineTotal, t.Filter);
    }

    private static string BuildOrders(OrderMapping m, OrderLinesView? lines, ISqlDialect dialect, List<MappingProbe> probes)
    {
        var t = new MappedTable(dialect, "Orders", m, probes);
        var key = t.Column("Key", m.Key);
        var qualifiedKey = t.Column("Key", m.Key, t.Name);

        // A header total wins; otherwise sum the lines, correlated on the qualified header key so a
        // column of the same name in the lines table (SAP's DocEntry) cannot capture the reference.
        var total = string.IsNullOrWhiteSpace(m.Total) && lines is not null
            ? $"(SELECT COALESCE(SUM({lines.LineTotal}), 0) FROM {lines.TableName} WHERE {lines.OrderKey} = {qualifiedKey} AND {lines.Filter})"
            : t.Field("Total", m.Total);
        return $"""
            SELECT {key} AS order_key, {t.Optional("Number", m.Number, key)} AS order_number,
                   {t.Field("CustomerKey", m.CustomerKey)} AS account_key, {t.Field("OrderDate", m.OrderDate)} AS order_date,
                   {t.Optional("Currency", m.Currency)} AS currency, {dialect.Money(total)} AS total,
                   {t.Optional("Reference", m.Reference)} AS reference, {t.Optional("Status", m.Status)} AS status
            FROM {t.Name} WHERE {t.Filter}
            """;
    }

    private static string BuildInvoices(ErpMappingOptions options, ISqlDialect dialect, List<MappingProbe> probes)
    {
        var m = options.Invoices;
        var t = new MappedTable(dialect, "Invoices", m, probes);
        var key = t.Column("Key", m.Key);
        var lines = BuildInvoiceLines(options, t.Column("Key", m.Key, t.Name), dialect, probes);
        var total = string.IsNullOrWhiteSpace(m.Total) && lines?.Total is not null ? lines.Total : t.Field("Total", m.Total);
        var paid = t.Optional("Paid", m.Paid, "0");
        var open = t.Optional("Open", m.Open, $"({total} - {paid})");
        var orderKey = string.IsNullOrWhiteSpace(m.OrderKey) ? lines?.OrderKey ?? "NULL" : t.Field("OrderKey", m.OrderKey);
        return $"""
            SELECT {key} AS invoice_key, {t.Optional("Number", m.Number, key)} AS invoice_number,
                   {t.Field("CustomerKey", m.CustomerKey)} AS account_key, {orderKey} AS order_key,
                   {t.Field("InvoiceDate", m.InvoiceDate)} AS invoice_date, {t.Field("DueDate", m.DueDate)} AS due_date,
                   {t.Optional("Currency", m.Currency)} AS currency, {dialect.Money(total)} AS total, {dialect.Money(paid)} AS paid,
                   {dialect.Money(open)} AS open_amount, {t.Optional("PaidOn", m.PaidOn)} AS paid_on
            FROM {t.Name} WHERE {t.Filter}
            """;
    }

    private sealed record InvoiceLineSums(string? Total, string? OrderKey);

    // Correlated on the table-qualified invoice key. Where the ERP records the billed order on
    // invoice lines (SAP's INV1.BaseEntry), the first linked order stands for the invoice.
    private static InvoiceLineSums? BuildInvoiceLines(ErpMappingOptions options, string qualifiedInvoiceKey, ISqlDialect dialect, List<MappingProbe> probes)
    {
        var m = options.InvoiceLines;
        if (string.IsNullOrWhiteSpace(m.Table))
        {
            return string.IsNullOrWhiteSpace(options.Invoices.Total)
                ? throw new ErpMappingException($"{ErpMappingOptions.SectionName}:InvoiceLines:Table", "is required when Invoices:Total is empty (totals are then summed from the lines).")
                : null;
        }

        var t = new MappedTable(dialect, "InvoiceLines", m, probes);
        var correlation = $"FROM {t.Name} WHERE {t.Column("InvoiceKey", m.InvoiceKey)} = {qualifiedInvoiceKey} AND {t.Filter}";
        var total = string.IsNullOrWhiteSpace(options.Invoices.Total)
            ? $"(SELECT COALESCE(SUM({t.Field("LineTotal", m.LineTotal)}), 0) {correlation})"
            : null;
        var orderKey = string.IsNullOrWhiteSpace(options.Invoices.OrderKey) && !string.IsNullOrWhiteSpace(m.OrderKey)
            ? $"(SELECT MIN({t.Field("OrderKey", m.OrderKey)}) {correlation})"
            : null;
        return new InvoiceLineSums(total, orderKey);
    }
}
