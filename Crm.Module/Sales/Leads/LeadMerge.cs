namespace Crm.Module.Sales.Leads;

/// <summary>What a surviving lead takes over from the lead merged into it: every field it lacks, and the match keys anew.</summary>
internal static class LeadMerge
{
    public static void TakeOver(LeadRow survivor, LeadRow merged)
    {
        var fields = new LeadFields(
            survivor.Company ?? merged.Company,
            survivor.ContactName ?? merged.ContactName,
            survivor.Email ?? merged.Email,
            survivor.Phone ?? merged.Phone,
            survivor.Country ?? merged.Country,
            survivor.PostalCode ?? merged.PostalCode,
            survivor.City ?? merged.City,
            survivor.Source,
            survivor.Notes ?? merged.Notes);
        survivor.Apply(fields);
        survivor.Owner ??= merged.Owner;
        survivor.AccountKey ??= merged.AccountKey;
    }
}
