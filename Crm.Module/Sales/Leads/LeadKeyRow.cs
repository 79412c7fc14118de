namespace Crm.Module.Sales.Leads;

// A live lead's keys, as the import reads them once for all its rows.
internal sealed class LeadKeyRow
{
    public long Id { get; set; }

    public string? Company { get; set; }

    public string? ContactName { get; set; }

    public string? Owner { get; set; }

    public string? EmailKey { get; set; }

    public string? PhoneKey { get; set; }

    public string? CompanyKey { get; set; }
}
