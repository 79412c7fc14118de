namespace Host.Sample.Erp.Api;

/// <summary>One row of <c>GET /api/erp/customers</c>.</summary>
public sealed record ErpCustomerSummary(string Key, string Name, string? City, string? Country, string Currency);
