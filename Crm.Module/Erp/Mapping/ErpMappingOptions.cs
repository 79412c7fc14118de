namespace Crm.Module.Erp.Mapping;

/// <summary>
/// The configuration section <c>Crm:Erp</c>: where the ERP keeps customers, orders and invoices.
/// Each field setting is either a column name (quoted by the add-on, so spaces, brackets and $ are
/// fine) or, prefixed with <c>sql:</c>, an SQL expression over the mapped table in which
/// <c>[Name]</c> stands for a quoted column. An empty setting means "the ERP does not have this".
/// </summary>
public sealed class ErpMappingOptions
{
    public const string SectionName = "Crm:Erp";

    /// <summary>A built-in profile whose settings apply unless overridden: HostSample or SapBusinessOne.</summary>
    public string? Profile { get; set; }

    public CustomerMapping Customers { get; set; } = new();

    public OrderMapping Orders { get; set; } = new();

    public OrderLineMapping OrderLines { get; set; } = new();

    public InvoiceMapping Invoices { get; set; } = new();

    public InvoiceLineMapping InvoiceLines { get; set; } = new();
}

/// <summary>Settings shared by every mapped table.</summary>
public abstract class TableMapping
{
    /// <summary>Table or view name, optionally schema-qualified with a dot (<c>dbo.OCRD</c>).</summary>
    public string? Table { get; set; }

    /// <summary>Optional <c>sql:</c> condition that keeps only the rows that belong here (e.g. customers, not suppliers).</summary>
    public string? Filter { get; set; }
}

public sealed class CustomerMapping : TableMapping
{
    public string? Key { get; set; }

    public ErpKeyType KeyType { get; set; } = ErpKeyType.Text;

    public int KeyLength { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Currency { get; set; }
}

public sealed class OrderMapping : TableMapping
{
    public string? Key { get; set; }

    public ErpKeyType KeyType { get; set; } = ErpKeyType.Number;

    public int KeyLength { get; set; }

    /// <summary>The number people quote; the key when empty.</summary>
    public string? Number { get; set; }

    public string? CustomerKey { get; set; }

    public string? OrderDate { get; set; }

    public string? Currency { get; set; }

    /// <summary>Stored order total; when empty the total is summed from <see cref="ErpMappingOptions.OrderLines"/>.</summary>
    public string? Total { get; set; }

    public string? Reference { get; set; }

    public string? Status { get; set; }
}

public sealed class OrderLineMapping : TableMapping
{
    public string? OrderKey { get; set; }

    public string? LineNumber { get; set; }

    public string? ProductKey { get; set; }

    public string? Description { get; set; }

    public string? Quantity { get; set; }

    public string? UnitPrice { get; set; }

    /// <summary>Cost per unit, where the ERP records it (for profitability).</summary>
    public string? UnitCost { get; set; }

    public string? LineTotal { get; set; }
}

public sealed class InvoiceMapping : TableMapping
{
    public string? Key { get; set; }

    public ErpKeyType KeyType { get; set; } = ErpKeyType.Text;

    public int KeyLength { get; set; }

    public string? Number { get; set; }

    public string? CustomerKey { get; set; }

    /// <summary>The billed order's key on the invoice header; leave empty when the link is kept on invoice lines.</summary>
    public string? OrderKey { get; set; }

    public string? InvoiceDate { get; set; }

    public string? DueDate { get; set; }

    public string? Currency { get; set; }

    /// <summary>Stored invoice total; when empty the total is summed from <see cref="ErpMappingOptions.InvoiceLines"/>.</summary>
    public string? Total { get; set; }

    public string? Paid { get; set; }

    /// <summary>Stored open amount; when empty it is computed as total minus paid.</summary>
    public string? Open { get; set; }

    /// <summary>Date of the (last) payment, where the ERP records it.</summary>
    public string? PaidOn { get; set; }
}

/// <summary>
/// Invoice lines: the invoice total when the header does not store one, and the billed order when
/// the header does not name it.
/// </summary>
public sealed class InvoiceLineMapping : TableMapping
{
    public string? InvoiceKey { get; set; }

    /// <summary>The billed order's key on a line (the first linked order stands for the invoice); may be an expression.</summary>
    public string? OrderKey { get; set; }

    public string? LineTotal { get; set; }
}
