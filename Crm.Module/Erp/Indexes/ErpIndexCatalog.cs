using System.Security.Cryptography;
using System.Text;
using Crm.Abstractions.Erp;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Erp.Indexes;

/// <summary>
/// The indexes the add-on's ERP reads need, derived from the ERP mapping: the tables and columns
/// the statements filter, join and sort on. A setting that is an <c>sql:</c> expression is no
/// column and gets no index here (an expression index is the ERP administrator's call).
/// </summary>
internal static class ErpIndexCatalog
{
    // PostgreSQL cuts identifiers at 63 bytes; SQL Server allows 128. Names stay under both.
    private const int MaxNameLength = 60;

    public static IReadOnlyList<ErpIndexNeed> For(ErpMappingOptions mapping, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var needs = new List<ErpIndexNeed>();
        var customers = mapping.Customers;
        var orders = mapping.Orders;
        var invoices = mapping.Invoices;

        Add(needs, customers.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyCustomerKey, customers.Key);
        if (engine == DatabaseEngine.PostgreSql)
        {
            Add(needs, customers.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyCustomerName, customers.Name);
            Add(needs, customers.Table, ErpIndexMethod.Trigram, Messages.ErpIndexWhySearchTrigram, customers.Name);
            Add(needs, customers.Table, ErpIndexMethod.Trigram, Messages.ErpIndexWhySearchTrigram, customers.Email);

            // A text key is searched by prefix in the same OR: without its own index the OR reads every row.
            if (customers.KeyType != ErpKeyType.Number)
            {
                Add(needs, customers.Table, ErpIndexMethod.Trigram, Messages.ErpIndexWhySearchTrigram, customers.Key);
            }
        }
        else if (string.IsNullOrWhiteSpace(customers.Email))
        {
            Add(needs, customers.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyCustomerNameCovering, customers.Name, customers.Key);
        }
        else
        {
            // Name order first; key and e-mail in the index let the search test a customer without reading its row.
            Add(needs, customers.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyCustomerNameCovering, customers.Name, customers.Key, customers.Email);
        }

        Add(needs, orders.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyOrdersOfAccount, orders.CustomerKey, orders.OrderDate);
        Add(needs, orders.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyOrdersByDate, orders.OrderDate);
        if (string.IsNullOrWhiteSpace(orders.Total))
        {
            Add(needs, mapping.OrderLines.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyOrderLines, mapping.OrderLines.OrderKey);
        }

        Add(needs, invoices.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyInvoicesOfAccount, invoices.CustomerKey, invoices.InvoiceDate);
        Add(needs, invoices.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyInvoicesOfOrder, invoices.OrderKey);
        if (string.IsNullOrWhiteSpace(invoices.Total) || string.IsNullOrWhiteSpace(invoices.OrderKey))
        {
            Add(needs, mapping.InvoiceLines.Table, ErpIndexMethod.BTree, Messages.ErpIndexWhyInvoiceLines, mapping.InvoiceLines.InvoiceKey);
        }

        return needs;
    }

    /// <summary><c>ix_crm_</c>, the table, the columns (and <c>_trgm</c>), as <c>a-z0-9_</c>; a hash of the whole where it would be too long.</summary>
    public static string IndexName(string table, IReadOnlyList<string> columns, ErpIndexMethod method)
    {
        var full = "ix_crm_" + string.Join("_", columns.Prepend(table.Split('.')[^1]).Select(Simplify)) + (method == ErpIndexMethod.Trigram ? "_trgm" : string.Empty);
        if (full.Length <= MaxNameLength)
        {
            return full;
        }

        // Two long names that share their start must not collide: the hash is over the settings themselves.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(table + "|" + string.Join("|", columns) + "|" + method));
        return full[..(MaxNameLength - 9)] + "_" + Convert.ToHexStringLower(hash)[..8];
    }

    private static void Add(List<ErpIndexNeed> needs, string? table, ErpIndexMethod method, string why, params string?[] columns)
    {
        if (string.IsNullOrWhiteSpace(table) || MappedSql.IsExpression(table)
            || columns.Any(c => string.IsNullOrWhiteSpace(c) || MappedSql.IsExpression(c)))
        {
            return;
        }

        string[] names = [.. columns.Select(c => c!.Trim())];
        var tableName = table.Trim();
        if (needs.Any(n => n.Method == method && n.Table == tableName && n.Columns.SequenceEqual(names, StringComparer.OrdinalIgnoreCase)))
        {
            return;
        }

        needs.Add(new ErpIndexNeed(IndexName(tableName, names, method), tableName, names, method, why));
    }

    private static string Simplify(string name)
    {
        var simple = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            simple.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return simple.ToString();
    }
}
