namespace Crm.Module.Sales.Leads;

// An ERP customer as the duplicate search reads it from the mapped customer view.
internal sealed class CustomerCandidateRow
{
    public object AccountKey { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Country { get; set; }

    public LeadKeys Keys => LeadKeys.OfCustomer(Email, Phone, Country, Name);
}
