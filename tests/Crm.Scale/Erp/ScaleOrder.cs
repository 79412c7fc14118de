namespace Crm.Scale.Erp;

/// <summary>One generated order with its lines; <see cref="Total"/> is the sum of the line totals.</summary>
internal sealed record ScaleOrder(int OrderNo, int CustomerIndex, DateOnly OrderDate, DateOnly? ShippedOn, string Status, string? Reference, IReadOnlyList<ScaleOrderLine> Lines)
{
    public decimal Total => Lines.Sum(line => line.LineTotal);
}

/// <summary>One order line, priced like the demo data's.</summary>
internal sealed record ScaleOrderLine(string ProductNo, string Description, decimal Quantity, decimal UnitPrice, decimal UnitCost, decimal LineTotal);
