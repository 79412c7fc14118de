namespace Host.Sample.Erp.DemoData;

/// <summary>One row of <c>erp_order_lines</c>; amounts are in the order's currency.</summary>
internal sealed record OrderLineRow(
    int OrderNo,
    int LineNo,
    string ProductNo,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    decimal UnitCost,
    decimal LineTotal);
