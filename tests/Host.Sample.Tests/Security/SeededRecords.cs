using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.Security;

/// <summary>
/// The records the permission walk reads and edits: made once through the API (the demo data has
/// ERP customers but no CRM records), a lead and an opportunity for each of the two reps so that the
/// record rules show, an inquiry, an activity of rep's, a screen the Admin may open and the clerk may not, and
/// whatever pipeline and rule codes the host offers.
/// </summary>
internal sealed record SeededRecords(
    long RepLead,
    long Rep2Lead,
    long RepOpportunity,
    long Rep2Opportunity,
    string Inquiry,
    long RepActivity,
    string Pipeline,
    string FollowUpRule,
    string Screen)
{
    /// <summary>An ERP customer of the demo data.</summary>
    public const string Account = "C10001";

    /// <summary>A prospect id nobody has: prospects only come from conversions, which the walk does not make.</summary>
    public const long AbsentProspect = 999_999;

    public static async Task<SeededRecords> CreateAsync(InProcessHostSample host)
    {
        using var admin = host.ClientFor("admin");
        using var clerk = host.ClientFor("clerk");
        var pipelines = await admin.GetFromJsonAsync<JsonElement>("/api/crm/pipelines").ConfigureAwait(false);
        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/crm/follow-ups/rules").ConfigureAwait(false);
        var adminScreens = await ScreenIdsAsync(admin).ConfigureAwait(false);
        var clerkScreens = await ScreenIdsAsync(clerk).ConfigureAwait(false);
        var inquiry = await PostAsync(clerk, "/api/crm/inquiries", new { accountKey = Account, subject = "Permission walk", channel = "Phone" }).ConfigureAwait(false);
        var activity = await PostAsync(admin, "/api/crm/activities", new { type = "call", subject = "Permission walk", accountKey = Account, assignee = "rep" }).ConfigureAwait(false);
        return new SeededRecords(
            await LeadOfAsync(admin, "rep", "DE").ConfigureAwait(false),
            await LeadOfAsync(admin, "rep2", "KR").ConfigureAwait(false),
            await OpportunityOfAsync(admin, "rep").ConfigureAwait(false),
            await OpportunityOfAsync(admin, "rep2").ConfigureAwait(false),
            inquiry.GetProperty("number").GetString()!,
            activity.GetProperty("id").GetInt64(),
            pipelines[0].GetProperty("code").GetString()!,
            rules.GetArrayLength() > 0 ? rules[0].GetProperty("code").GetString()! : "no-rule",
            adminScreens.Except(clerkScreens).First());
    }

    /// <summary>The path to request for a route pattern, with every parameter filled from these records.</summary>
    public string PathFor(string pattern)
    {
        var id = pattern switch
        {
            _ when pattern.StartsWith("/api/crm/leads/", StringComparison.Ordinal) => RepLead,
            _ when pattern.StartsWith("/api/crm/opportunities/", StringComparison.Ordinal) => RepOpportunity,
            _ when pattern.StartsWith("/api/crm/activities/", StringComparison.Ordinal) => RepActivity,
            _ => AbsentProspect,
        };
        var code = pattern.StartsWith("/api/crm/pipelines/", StringComparison.Ordinal) ? Pipeline : FollowUpRule;
        return pattern
            .Replace("{id:long}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{number}", Inquiry, StringComparison.Ordinal)
            .Replace("{code}", code, StringComparison.Ordinal)
            .Replace("{entity}/{key}", $"leads/{RepLead}", StringComparison.Ordinal)
            .Replace("{key}", Account, StringComparison.Ordinal)
            .Replace("{id}", Screen, StringComparison.Ordinal);
    }

    private static async Task<List<string>> ScreenIdsAsync(HttpClient client)
    {
        var screens = await client.GetFromJsonAsync<JsonElement>("/api/crm/screens").ConfigureAwait(false);
        return [.. screens.EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
    }

    private static async Task<long> LeadOfAsync(HttpClient admin, string owner, string country)
    {
        var created = await PostAsync(admin, "/api/crm/leads", new { company = $"Walk {owner} Ltd.", contactName = "Pat Walker", email = $"walk-{owner}@example.com", country, owner }).ConfigureAwait(false);
        return created.GetProperty("lead").GetProperty("id").GetInt64();
    }

    private static async Task<long> OpportunityOfAsync(HttpClient admin, string owner)
    {
        var created = await PostAsync(admin, "/api/crm/opportunities", new { name = $"Walk deal of {owner}", amount = 1000m, expectedCloseDate = "2030-06-30", accountKey = Account, owner }).ConfigureAwait(false);
        return created.GetProperty("opportunity").GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
