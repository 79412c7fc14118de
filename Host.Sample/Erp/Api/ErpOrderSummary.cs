namespace Host.Sample.Erp.Api;

/// <summary>One row of <c>GET /api/erp/orders</c>; <see cref="Total"/> is the sum of the order's lines.</summary>
public sealed record ErpOrderSummary(int Number, string CustomerKey, string CustomerName, DateOnly OrderDate, decimal Total, string Currency, string Status);
