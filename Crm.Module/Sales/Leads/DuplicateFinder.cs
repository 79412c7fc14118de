using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Sales;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// Duplicate candidates of one lead among the other leads (an indexed lookup on the stored keys) and
/// the ERP customers (narrowed in SQL by e-mail, phone tail and a name word, then compared by
/// normalized keys here). Two statements, whatever the number of candidates.
/// </summary>
internal sealed class DuplicateFinder(LeadSql sql)
{
    // A name word as common as "hotel" may match many customers; the closest ones by key are enough.
    private const int MaxCustomerCandidates = 200;

    public async Task<IReadOnlyList<LeadDuplicate>> FindAsync(DbConnection connection, LeadFields fields, long? exceptId, CancellationToken cancellationToken)
    {
        var keys = LeadKeys.Of(fields);
        if (keys.IsEmpty)
        {
            return [];
        }

        var found = new List<LeadDuplicate>();
        var leads = await connection.QueryAsync<LeadRow>(new CommandDefinition(
            LeadSql.LeadCandidates,
            new { exceptId, emailKey = keys.Email, phoneKey = keys.Phone, companyKey = keys.Company },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var lead in leads)
        {
            var shared = keys.SharedWith(new LeadKeys(lead.EmailKey, lead.PhoneKey, lead.CompanyKey));
            if (shared.Count > 0)
            {
                found.Add(new LeadDuplicate(DuplicateKind.Lead, lead.Id.ToString(CultureInfo.InvariantCulture), lead.Company ?? lead.ContactName, lead.Owner, shared));
            }
        }

        var word = MatchKeys.CompanySearchWord(fields.Company);
        var statement = sql.CustomerCandidates(keys.Email is not null, keys.Phone is not null, word is not null);
        if (statement is null)
        {
            return found;
        }

        var customers = await connection.QueryAsync<CustomerCandidateRow>(new CommandDefinition(
            statement,
            new
            {
                emailAscii = keys.Email,
                emailUnicode = keys.Email is null ? null : MatchKeys.UnicodeEmail(keys.Email),
                phoneTail = keys.Phone is null ? null : "%" + MatchKeys.PhoneTail(keys.Phone),
                companyWord = word is null ? null : "%" + Accounts.AccountSearchTerms.EscapeLike(word) + "%",
                skip = 0,
                take = MaxCustomerCandidates,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var customer in customers)
        {
            var shared = keys.SharedWith(customer.Keys);
            if (shared.Count > 0)
            {
                found.Add(new LeadDuplicate(DuplicateKind.ErpCustomer, ErpKey.FromDatabase(customer.AccountKey), customer.Name, null, shared));
            }
        }

        return found;
    }
}
