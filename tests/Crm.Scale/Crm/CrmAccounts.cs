using Crm.Scale.Erp;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Crm;

/// <summary>
/// Which accounts sales owns (<c>crm_accounts</c>): seven in ten customers, each given to the owner
/// the territory rules would pick, as an assignment run would have done.
/// </summary>
internal sealed class CrmAccounts
{
    private readonly string?[] _owners;

    public CrmAccounts(ScaleSettings settings, ScaleCustomers customers)
    {
        var random = new Random(settings.Seed + 3);
        _owners = new string?[customers.All.Count];
        for (var index = 0; index < _owners.Length; index++)
        {
            _owners[index] = random.Chance(0.7) ? CrmUsers.TerritoryOwner(customers.All[index].Row.Country, index) : null;
        }
    }

    /// <summary>The owner of the customer at <paramref name="customerIndex"/>, or null when sales has not taken it.</summary>
    public string? OwnerOf(int customerIndex) => _owners[customerIndex];

    public IEnumerable<int> Owned => Enumerable.Range(0, _owners.Length).Where(index => _owners[index] is not null);
}
