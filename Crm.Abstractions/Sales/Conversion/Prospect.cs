namespace Crm.Abstractions.Sales;

/// <summary>
/// A converted lead's company that is not an ERP customer yet. Opportunities may regard it; once the
/// ERP customer exists (created through the host's <see cref="Erp.IErpCustomerProvisioning"/>, or by
/// the ERP's own staff) the prospect is linked to it, and its opportunities with it.
/// </summary>
/// <param name="Id">The prospect's key.</param>
/// <param name="LeadId">The lead it came from.</param>
/// <param name="Company">Company name.</param>
/// <param name="ContactName">Contact person.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Phone number as entered.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">City.</param>
/// <param name="Country">ISO 3166 two-letter country code.</param>
/// <param name="Currency">ISO 4217 currency the customer will be invoiced in, if known.</param>
/// <param name="AccountKey">The ERP customer it became; null until linked.</param>
/// <param name="ErpRequestReference">The ERP's reference of a customer request awaiting approval.</param>
/// <param name="LinkedAt">When it was linked to the ERP customer.</param>
/// <param name="Version">Optimistic-concurrency version.</param>
public sealed record Prospect(
    long Id,
    long? LeadId,
    string Company,
    string? ContactName,
    string? Email,
    string? Phone,
    string? PostalCode,
    string? City,
    string? Country,
    string? Currency,
    string? AccountKey,
    string? ErpRequestReference,
    DateTimeOffset? LinkedAt,
    int Version);
