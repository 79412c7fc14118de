namespace Crm.Abstractions.Erp;

/// <summary>An ERP customer as the add-on sees it through the ERP mapping. Read only.</summary>
/// <param name="Key">The ERP's customer key as text (padding of fixed-length keys removed).</param>
/// <param name="Name">Customer name.</param>
/// <param name="Email">E-mail address, when the ERP records one.</param>
/// <param name="Phone">Phone number as the ERP stores it.</param>
/// <param name="Street">Street and house number.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">City.</param>
/// <param name="Country">Country, usually an ISO 3166 code.</param>
/// <param name="Currency">The customer's default currency (ISO 4217), when the ERP records one.</param>
public sealed record ErpAccount(
    string Key,
    string Name,
    string? Email,
    string? Phone,
    string? Street,
    string? PostalCode,
    string? City,
    string? Country,
    string? Currency);
