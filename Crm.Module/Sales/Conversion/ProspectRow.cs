using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Conversion;

// A row of crm_prospects; timestamps as object because SQLite hands them back as text.
internal sealed class ProspectRow
{
    public const string Columns =
        "id AS Id, lead_id AS LeadId, company AS Company, contact_name AS ContactName, email AS Email, phone AS Phone, " +
        "postal_code AS PostalCode, city AS City, country AS Country, currency AS Currency, account_key AS AccountKey, " +
        "erp_request_reference AS ErpRequestReference, linked_at AS LinkedAt, created_at AS CreatedAt, created_by AS CreatedBy, " +
        "updated_at AS UpdatedAt, updated_by AS UpdatedBy, version AS Version";

    public long Id { get; set; }

    public long? LeadId { get; set; }

    public string Company { get; set; } = string.Empty;

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Currency { get; set; }

    public string? AccountKey { get; set; }

    public string? ErpRequestReference { get; set; }

    public object? LinkedAt { get; set; }

    public object CreatedAt { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public object UpdatedAt { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public int Version { get; set; }

    /// <summary>The request key the host sees: one prospect, one ERP customer, however often asked.</summary>
    public string RequestKey => "crm-prospect:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Prospect ToProspect() => new(
        Id, LeadId, Company, ContactName, Email, Phone, PostalCode, City, Country, Currency, AccountKey, ErpRequestReference, DbValues.ToNullableUtc(LinkedAt), Version);
}
