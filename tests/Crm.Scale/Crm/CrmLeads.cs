using Crm.Module.Sales.Leads;
using Crm.Scale.Erp;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Crm;

/// <summary>
/// Leads (<c>crm_leads</c>) and their history (<c>crm_lead_history</c>): companies and people from the
/// same countries and name lists as the customers, one in twenty a duplicate of an ERP customer,
/// with the match keys computed by the add-on's own <see cref="MatchKeys"/> so duplicate detection
/// finds them as it finds leads the API created.
/// </summary>
internal sealed class CrmLeads(ScaleSettings settings, ScaleCustomers customers)
{
    private static readonly (string Country, int Weight)[] Countries = [("DE", 40), ("AT", 6), ("CH", 6), ("KR", 22), ("US", 14), ("GB", 12)];

    private static readonly (string Status, int Weight)[] Statuses = [("New", 35), ("Contacted", 30), ("Qualified", 15), ("Disqualified", 20)];

    private static readonly string[] Sources = ["web-form", "import", "manual", "trade-fair", "referral"];

    private static readonly string[] DisqualifiedReasons = ["No budget", "Not reachable", "Already a competitor's customer", "Too small"];

    public sealed record Lead(object?[] Row, IReadOnlyList<object?[]> History);

    public IEnumerable<Lead> Enumerate()
    {
        var random = new Random(settings.Seed + 4);
        var now = CrmClock.Now(settings);
        var count = settings.Counts.Leads;
        long historyId = 0;
        for (var index = 0; index < count; index++)
        {
            var id = index + 1L;
            var createdAt = CrmClock.DuringWork(random, settings.Today.AddDays(-(int)(730L * (count - index) / count)));
            if (createdAt > now)
            {
                createdAt = now;
            }

            var (company, contactName, email, phone, country, postalCode, city) = random.Chance(0.05) ? FromCustomer(random) : NewContact(random);
            var source = random.Pick(Sources);
            var status = random.PickWeighted(Statuses);
            var owner = random.Chance(0.1) ? null : CrmUsers.TerritoryOwner(country, index);
            var creator = source == "web-form" ? "web-form" : owner ?? CrmUsers.Manager;
            var reason = status == "Disqualified" ? random.Pick(DisqualifiedReasons) : null;
            var history = new List<object?[]>(2)
            {
                new object?[] { ++historyId, id, createdAt, creator, "Created", owner is null ? $"From {source}, unowned." : $"From {source}, owner {owner}." },
            };
            var updatedAt = createdAt;
            if (status != "New")
            {
                updatedAt = createdAt.AddMinutes(random.Next(30, (int)Math.Max(31, (now - createdAt).TotalMinutes)));
                history.Add([++historyId, id, updatedAt, owner ?? CrmUsers.Manager, "StatusChanged", reason is null ? $"New → {status}." : $"New → {status}: {reason}"]);
            }

            object?[] row =
            [
                id, company, contactName, email, phone, country, postalCode, city, source, status, reason, owner, null,
                MatchKeys.Email(email), MatchKeys.Phone(phone, country), MatchKeys.Company(company), null, null, null, null,
                createdAt, creator, updatedAt, owner ?? CrmUsers.Manager, history.Count,
            ];
            yield return new Lead(row, history);
        }
    }

    private static (string? Company, string? Contact, string? Email, string? Phone, string Country, string? PostalCode, string? City) NewContact(Random random)
    {
        var country = random.PickWeighted(Countries);
        var isCompany = random.Chance(0.8);
        var contact = Contact(random, country, isCompany);
        var person = isCompany ? Contact(random, country, isCompany: false).Name : contact.Name;
        return (isCompany ? contact.Name : null, person, random.Chance(0.1) ? null : contact.Email, contact.Phone, country, contact.PostalCode, contact.City);
    }

    // The duplicate a sales rep enters without noticing the customer already exists.
    private (string? Company, string? Contact, string? Email, string? Phone, string Country, string? PostalCode, string? City) FromCustomer(Random random)
    {
        var customer = random.Pick(customers.All).Row;
        return (customer.Name, null, customer.Email, customer.Phone, customer.Country, customer.PostalCode, customer.City);
    }

    private static DemoContact Contact(Random random, string country, bool isCompany) => country switch
    {
        "KR" => KoreanContacts.Create(random, isCompany),
        "US" or "GB" => EnglishContacts.Create(random, country, isCompany),
        _ => GermanContacts.Create(random, country, isCompany),
    };
}
