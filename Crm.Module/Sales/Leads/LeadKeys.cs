using Crm.Abstractions.Sales;

namespace Crm.Module.Sales.Leads;

/// <summary>The three match keys of one record (lead, ERP customer or import row).</summary>
internal sealed record LeadKeys(string? Email, string? Phone, string? Company)
{
    public static LeadKeys Of(LeadFields fields) => new(fields.EmailKey, fields.PhoneKey, fields.CompanyKey);

    /// <summary>The keys of an ERP customer, normalized like a lead's (its phone read with its country).</summary>
    public static LeadKeys OfCustomer(string? email, string? phone, string? country, string? name) =>
        new(MatchKeys.Email(email), MatchKeys.Phone(phone, country?.Trim()), MatchKeys.Company(name));

    public bool IsEmpty => Email is null && Phone is null && Company is null;

    /// <summary>The keys both records have and agree on, in the order e-mail, phone, company.</summary>
    public IReadOnlyList<MatchKey> SharedWith(LeadKeys other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var shared = new List<MatchKey>(3);
        if (Email is not null && Email == other.Email)
        {
            shared.Add(MatchKey.Email);
        }

        if (Phone is not null && Phone == other.Phone)
        {
            shared.Add(MatchKey.Phone);
        }

        if (Company is not null && Company == other.Company)
        {
            shared.Add(MatchKey.Company);
        }

        return shared;
    }
}
