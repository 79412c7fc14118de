namespace Host.Sample.Erp.DemoData;

/// <summary>One row of <c>erp_customers</c>; property names are the Dapper parameter names.</summary>
internal sealed record CustomerRow(
    string CustomerNo,
    string Name,
    string? Email,
    string Phone,
    string Street,
    string PostalCode,
    string City,
    string Country,
    string Currency,
    DateTime CreatedOn);
