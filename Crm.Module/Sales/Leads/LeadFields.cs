namespace Crm.Module.Sales.Leads;

/// <summary>A lead's contact data after validation, with its match keys.</summary>
internal sealed record LeadFields(
    string? Company,
    string? ContactName,
    string? Email,
    string? Phone,
    string? Country,
    string? PostalCode,
    string? City,
    string Source,
    string? Notes)
{
    public string? EmailKey => MatchKeys.Email(Email);

    public string? PhoneKey => MatchKeys.Phone(Phone, Country);

    public string? CompanyKey => MatchKeys.Company(Company);

    /// <summary>The name shown for the lead: the company, else the contact.</summary>
    public string? Name => Company ?? ContactName;
}
