using System.Net.Http.Json;
using System.Text;

namespace Host.Sample.Tests.Security;

/// <summary>
/// The request the walk sends to a route: the filled path, a query where the route needs one, and a
/// valid-looking body for writes. Writes to the seeded records carry a stale version (999), so a
/// caller who may write gets a 409 and changes nothing, and every role meets the same records.
/// </summary>
internal static class RouteRequests
{
    private const int StaleVersion = 999;

    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["GET /api/crm/accounts"] = "?search=gmbh&pageSize=5",
        ["GET /api/crm/audit"] = "?user=rep",
        ["GET /api/crm/forecast"] = "?from=2026-01&to=2026-12",
        ["GET /api/crm/forecast/targets"] = "?from=2026-01&to=2026-12",
        ["GET /api/crm/segments/accounts"] = "?tier=Champions",
        ["GET /api/crm/custom-fields"] = "?entity=leads",
        ["POST /api/crm/accounts/owners/assign-by-rules"] = "?dryRun=true",
        ["POST /api/crm/leads/import"] = "?dryRun=true",
    };

    public static HttpRequestMessage Create(string method, string pattern, SeededRecords records)
    {
        var key = $"{method} {pattern}";
        var path = records.PathFor(pattern) + Queries.GetValueOrDefault(key, string.Empty);
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (key == "POST /api/crm/leads/import")
        {
            request.Content = new StringContent("company;email\nWalk Import GmbH;import@example.com\n", Encoding.UTF8, "text/csv");
        }
        else if (method != "GET")
        {
            request.Content = JsonContent.Create(BodyFor(key, records));
        }

        return request;
    }

    private static object BodyFor(string key, SeededRecords records) => key switch
    {
        "POST /api/crm/inquiries" => new { accountKey = SeededRecords.Account, subject = "Walk inquiry", channel = "Email", allowDuplicate = true },
        "POST /api/crm/inquiries/{number}/status" => new { status = "InProgress", version = StaleVersion },
        "POST /api/crm/inquiries/{number}/comments" => new { text = "Permission walk comment" },
        "POST /api/crm/inquiries/{number}/assignment" => new { team = "service", assignee = "clerk", version = StaleVersion },
        "POST /api/crm/leads" or "POST /api/crm/leads/duplicates" or "POST /api/crm/leads/web-form" =>
            new { company = "Walk Capture GmbH", contactName = "Kim Walker", email = "capture@example.com", country = "DE" },
        "PUT /api/crm/leads/{id:long}" => new { version = StaleVersion, company = "Walk rep Ltd.", contactName = "Pat Walker", email = "walk-rep@example.com", country = "DE" },
        "PATCH /api/crm/leads/{id:long}" => new { version = StaleVersion, city = "Berlin" },
        "POST /api/crm/leads/{id:long}/status" => new { status = "Contacted", version = StaleVersion },
        "POST /api/crm/leads/{id:long}/owner" => new { owner = "rep", version = StaleVersion },
        "POST /api/crm/leads/{id:long}/merge" => new { version = StaleVersion, mergedId = records.Rep2Lead, mergedVersion = StaleVersion },
        "POST /api/crm/leads/{id:long}/convert" => new { version = StaleVersion, opportunityName = "Walk conversion", amount = 10m, expectedCloseDate = "2030-06-30" },
        "POST /api/crm/prospects/{id:long}/erp-customer" => new { version = StaleVersion },
        "POST /api/crm/prospects/{id:long}/link" => new { accountKey = SeededRecords.Account, version = StaleVersion },
        "POST /api/crm/opportunities" => new { name = "Walk created deal", amount = 10m, expectedCloseDate = "2030-06-30", accountKey = SeededRecords.Account },
        "PATCH /api/crm/opportunities/{id:long}" => new { version = StaleVersion, name = "Walk renamed" },
        "POST /api/crm/opportunities/{id:long}/stage" => new { stage = "proposal", version = StaleVersion },
        "POST /api/crm/opportunities/{id:long}/lost" => new { reason = "price", version = StaleVersion },
        "POST /api/crm/opportunities/{id:long}/reopen" => new { stage = "proposal", version = StaleVersion },
        "POST /api/crm/opportunities/lost" => new { items = new[] { new { id = records.RepOpportunity, version = StaleVersion } }, reason = "price" },
        "PUT /api/crm/forecast/targets" => new { owner = "rep", month = "2030-01", currency = "EUR", amount = 1000m, version = StaleVersion },
        "PUT /api/crm/accounts/{key}/owner" => new { owner = "rep", version = StaleVersion },
        "POST /api/crm/activities" => new { type = "call", subject = "Walk call", accountKey = SeededRecords.Account },
        "POST /api/crm/activities/{id:long}/complete" => new { outcome = "done", version = StaleVersion },
        "PATCH /api/crm/activities/{id:long}" => new { version = StaleVersion, subject = "Walk renamed" },
        "POST /api/crm/activities/{id:long}/assignment" => new { assignee = "rep", version = StaleVersion },
        "POST /api/crm/activities/{id:long}/cancel" => new { reason = "walk", version = StaleVersion },
        "PUT /api/crm/custom-fields/{entity}/{key}" => new { values = new Dictionary<string, object>(), version = StaleVersion },
        _ => new { version = StaleVersion },
    };
}
