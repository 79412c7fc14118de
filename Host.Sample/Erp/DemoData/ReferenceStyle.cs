namespace Host.Sample.Erp.DemoData;

/// <summary>What a customer writes into the customer reference of its orders.</summary>
internal enum ReferenceStyle
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>A running purchase order number, "PO-20431".</summary>
    PurchaseOrder,

    /// <summary>Year and running number, "2025/017".</summary>
    Dated,
}
