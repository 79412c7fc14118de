using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.Load;

/// <summary>The simulated users of a load: clerks and reps, each on an account of its own.</summary>
internal static class LoadClients
{
    /// <summary>
    /// Half clerks, half reps (alternating rep and rep2), each on an account of its own, so that no
    /// two clients ever change the same record or the same account. <paramref name="clientFor"/>
    /// gives a signed-in HTTP client for a demo user: one host's, or one spreading over several.
    /// </summary>
    public static async Task<List<LoadClient>> CreateAsync(HttpClient admin, Func<string, HttpClient> clientFor, int count, string runTag, WriteLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(clientFor);
        var accounts = new List<string>();
        for (var page = 1; accounts.Count < count; page++)
        {
            var found = await Keys(admin, $"/api/crm/accounts?pageSize=200&page={page}");
            Assert.IsNotEmpty(found, $"the sample ERP has fewer accounts than the {count} clients need");
            accounts.AddRange(found);
        }

        var clients = new List<LoadClient>();
        for (var index = 0; index < count; index++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{runTag}-c{index:00}");
            var seed = runTag.GetHashCode(StringComparison.Ordinal) + index;
            var account = accounts[index];
            if (index % 2 == 0)
            {
                var orders = await Keys(admin, $"/api/crm/accounts/{account}/orders?pageSize=10");
                var invoices = await Keys(admin, $"/api/crm/accounts/{account}/invoices?pageSize=10");
                clients.Add(new ClerkClient(clientFor("clerk"), ledger, prefix, seed, new ClerkAccount(account, orders, invoices)));
            }
            else
            {
                var korean = index % 4 == 3;
                clients.Add(new RepClient(clientFor(korean ? "rep2" : "rep"), ledger, prefix, seed, account, korean ? "KR" : "DE"));
            }
        }

        return clients;
    }

    private static async Task<List<string>> Keys(HttpClient client, string path)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("key").GetString()!)];
    }
}
