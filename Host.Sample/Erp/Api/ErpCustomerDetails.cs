namespace Host.Sample.Erp.Api;

/// <summary>The master data of one customer, <c>GET /api/erp/customers/{key}</c>: everything the sample schema keeps.</summary>
public sealed record ErpCustomerDetails(
    string Key,
    string Name,
    string? Street,
    string? PostalCode,
    string? City,
    string? Country,
    string? Phone,
    string? Email,
    string Currency,
    DateOnly CreatedOn);
