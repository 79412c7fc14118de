using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Leads;

// A lead as stored in crm_leads. Timestamps are object because SQLite hands them back as text;
// the status is stored by name.
internal sealed class LeadRow
{
    public const string Columns =
        "id AS Id, company AS Company, contact_name AS ContactName, email AS Email, phone AS Phone, country AS Country, " +
        "postal_code AS PostalCode, city AS City, source AS Source, status AS Status, disqualified_reason AS DisqualifiedReason, " +
        "owner_user_name AS Owner, notes AS Notes, email_key AS EmailKey, phone_key AS PhoneKey, company_key AS CompanyKey, " +
        "account_key AS AccountKey, merged_into_id AS MergedIntoId, converted_opportunity_id AS ConvertedOpportunityId, " +
        "converted_at AS ConvertedAt, created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, " +
        "updated_by AS UpdatedBy, version AS Version";

    public long Id { get; set; }

    public string? Company { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Country { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? DisqualifiedReason { get; set; }

    public string? Owner { get; set; }

    public string? Notes { get; set; }

    public string? EmailKey { get; set; }

    public string? PhoneKey { get; set; }

    public string? CompanyKey { get; set; }

    public string? AccountKey { get; set; }

    public long? MergedIntoId { get; set; }

    public long? ConvertedOpportunityId { get; set; }

    public object? ConvertedAt { get; set; }

    public object CreatedAt { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public object UpdatedAt { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public int Version { get; set; }

    public LeadStatus StatusValue => Enum.Parse<LeadStatus>(Status);

    public void Apply(LeadFields fields)
    {
        Company = fields.Company;
        ContactName = fields.ContactName;
        Email = fields.Email;
        Phone = fields.Phone;
        Country = fields.Country;
        PostalCode = fields.PostalCode;
        City = fields.City;
        Source = fields.Source;
        Notes = fields.Notes;
        EmailKey = fields.EmailKey;
        PhoneKey = fields.PhoneKey;
        CompanyKey = fields.CompanyKey;
    }

    public Lead ToLead() => new(
        Id,
        Company,
        ContactName,
        Email,
        Phone,
        Country,
        PostalCode,
        City,
        Source,
        StatusValue,
        DisqualifiedReason,
        Owner,
        Notes,
        AccountKey,
        MergedIntoId,
        ConvertedOpportunityId,
        DbValues.ToNullableUtc(ConvertedAt),
        DbValues.ToNullableUtc(CreatedAt)!.Value,
        CreatedBy,
        DbValues.ToNullableUtc(UpdatedAt)!.Value,
        UpdatedBy,
        Version);
}
