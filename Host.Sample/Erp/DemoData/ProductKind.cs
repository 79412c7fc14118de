namespace Host.Sample.Erp.DemoData;

/// <summary>How a product is ordered, which decides the quantities on an order line.</summary>
internal enum ProductKind
{
    /// <summary>A machine: one, rarely two.</summary>
    Machine,

    /// <summary>Beans, powders, tea: reordered regularly, in amounts that depend on the customer's size.</summary>
    Consumable,

    /// <summary>Cups, cleaners, small tools: a few at a time.</summary>
    Accessory,

    /// <summary>Technician time, billed in half hours.</summary>
    Hours,

    /// <summary>A flat item such as a maintenance package: always one.</summary>
    Single,
}
