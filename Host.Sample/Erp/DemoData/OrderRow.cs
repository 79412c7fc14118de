namespace Host.Sample.Erp.DemoData;

/// <summary>One row of <c>erp_orders</c>.</summary>
internal sealed record OrderRow(
    int OrderNo,
    string CustomerNo,
    DateTime OrderDate,
    DateTime? ShippedOn,
    string Status,
    string Currency,
    string? CustomerReference);
