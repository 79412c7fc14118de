using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Sales;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// Every live lead and ERP customer by match key, read with one statement each, for checking many
/// rows at once (the import) without a query per row; rows are added as they are checked, so a file
/// that repeats a customer reports it too.
/// </summary>
internal sealed class DuplicateIndex
{
    private readonly Dictionary<string, List<Candidate>> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Candidate>> _byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Candidate>> _byCompany = new(StringComparer.Ordinal);

    public sealed record Candidate(DuplicateKind Kind, string Key, string? Name, string? Owner, LeadKeys Keys);

    public static async Task<DuplicateIndex> LoadAsync(DbConnection connection, LeadSql sql, CancellationToken cancellationToken)
    {
        var index = new DuplicateIndex();
        foreach (var lead in await connection.QueryAsync<LeadKeyRow>(new CommandDefinition(LeadSql.AllLeadKeys, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            index.Add(new Candidate(DuplicateKind.Lead, lead.Id.ToString(CultureInfo.InvariantCulture), lead.Company ?? lead.ContactName, lead.Owner, new LeadKeys(lead.EmailKey, lead.PhoneKey, lead.CompanyKey)));
        }

        foreach (var customer in await connection.QueryAsync<CustomerCandidateRow>(new CommandDefinition(sql.AllCustomers, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            index.Add(new Candidate(DuplicateKind.ErpCustomer, ErpKey.FromDatabase(customer.AccountKey), customer.Name, null, customer.Keys));
        }

        return index;
    }

    public void Add(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        AddTo(_byEmail, candidate.Keys.Email, candidate);
        AddTo(_byPhone, candidate.Keys.Phone, candidate);
        AddTo(_byCompany, candidate.Keys.Company, candidate);
    }

    public IEnumerable<LeadDuplicate> Find(LeadKeys keys) =>
        Lookup(_byEmail, keys.Email).Concat(Lookup(_byPhone, keys.Phone)).Concat(Lookup(_byCompany, keys.Company))
            .Distinct()
            .Select(c => new LeadDuplicate(c.Kind, c.Key, c.Name, c.Owner, keys.SharedWith(c.Keys)));

    private static List<Candidate> Lookup(Dictionary<string, List<Candidate>> index, string? key) =>
        key is not null && index.TryGetValue(key, out var found) ? found : [];

    private static void AddTo(Dictionary<string, List<Candidate>> index, string? key, Candidate candidate)
    {
        if (key is null)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(candidate);
    }
}
