using System.Globalization;
using System.Text.Json;

namespace Host.Sample.Tests.Load;

/// <summary>
/// A sales rep working one account: creates and updates leads, opens opportunities and moves them
/// through the stages, plans and completes tasks about them, and reads the pipeline board, the
/// forecast, the lead list and the lead list as a shell page. Only records this client created are
/// changed, so no write expects a conflict.
/// </summary>
internal sealed class RepClient(HttpClient http, WriteLedger ledger, string tokenPrefix, int seed, string accountKey, string country)
    : LoadClient(http, ledger, tokenPrefix, seed)
{
    private const string Pipeline = "new-business";

    private static readonly string[] Stages = ["qualification", "needs-analysis", "proposal", "negotiation"];

    private readonly List<OwnRecord> _leads = [];
    private readonly List<OwnRecord> _opportunities = [];
    private readonly List<OwnRecord> _openActivities = [];

    protected override Task StepAsync()
    {
        var today = DateTime.UtcNow;
        return Pick(8, 10, 6, 10, 8, 6, 12, 10, 15, 8) switch
        {
            0 => CreateLeadAsync(),
            1 => _leads.Count == 0 ? CreateLeadAsync() : UpdateLeadAsync(Any(_leads)),
            2 => OpenOpportunityAsync(),
            3 => _opportunities.Count == 0 ? OpenOpportunityAsync() : MoveOpportunityAsync(Any(_opportunities)),
            4 => PlanActivityAsync(),
            5 => _openActivities.Count == 0 ? PlanActivityAsync() : CompleteActivityAsync(Any(_openActivities)),
            6 => ReadAsync("pipeline board", $"/api/crm/pipelines/{Pipeline}/board"),
            7 => ReadAsync("forecast", string.Create(CultureInfo.InvariantCulture, $"/api/crm/forecast?from={today:yyyy-MM}&to={today.AddMonths(5):yyyy-MM}")),
            8 => ReadAsync("lead list", "/api/crm/leads?pageSize=20"),
            _ => ReadAsync("shell: lead list", "/screens/crm.lead-list"),
        };
    }

    private async Task CreateLeadAsync()
    {
        var token = NextToken();
        var reply = await WriteAsync("lead: create", HttpMethod.Post, "/api/crm/leads", new
        {
            company = token,
            contactName = "Load Tester",
            email = token.ToLowerInvariant() + "@example.com",
            country,
            source = "load-test",
            notes = token,
        }).ConfigureAwait(false);
        if (Created(Unwrap(reply, "lead"), RecordKind.Lead, token, Notes, "Created") is { } lead)
        {
            _leads.Add(lead);
        }
    }

    private async Task UpdateLeadAsync(OwnRecord lead)
    {
        var token = NextToken();
        var reply = await WriteAsync("lead: update", HttpMethod.Patch, $"/api/crm/leads/{lead.Id}", new { version = lead.Record.Version, notes = token }).ConfigureAwait(false);
        Changed(reply, _leads, lead, token, Notes, "Updated");
    }

    private async Task OpenOpportunityAsync()
    {
        var token = NextToken();
        var reply = await WriteAsync("opportunity: open", HttpMethod.Post, "/api/crm/opportunities", new
        {
            name = token,
            accountKey,
            pipeline = Pipeline,
            amount = 1_000 + Random.Next(50_000),
            expectedCloseDate = DateTime.UtcNow.AddDays(30 + Random.Next(120)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ConfigureAwait(false);
        var created = Unwrap(reply, "opportunity");
        if (Created(created, RecordKind.Opportunity, token, Stage, created.Ok ? Stage(created.Json) : string.Empty) is { } opportunity)
        {
            _opportunities.Add(opportunity);
        }
    }

    private async Task MoveOpportunityAsync(OwnRecord opportunity)
    {
        var next = Stages[(Array.IndexOf(Stages, opportunity.Record.State) + 1) % Stages.Length];
        var reply = await WriteAsync("opportunity: move", HttpMethod.Post, $"/api/crm/opportunities/{opportunity.Id}/stage", new { stage = next, version = opportunity.Record.Version }).ConfigureAwait(false);
        Changed(reply, _opportunities, opportunity, token: null, Stage, next);
    }

    private async Task PlanActivityAsync()
    {
        var token = NextToken();
        var opportunity = _opportunities.Count > 0 && Random.Next(2) == 0 ? Any(_opportunities) : null;
        var lead = opportunity is null && _leads.Count > 0 && Random.Next(2) == 0 ? Any(_leads) : null;
        var reply = await WriteAsync("activity: plan", HttpMethod.Post, "/api/crm/activities", new
        {
            type = "task",
            subject = token,
            opportunityId = opportunity?.Id,
            leadId = lead?.Id,
            accountKey = opportunity is null && lead is null ? accountKey : null,
            dueAt = DateTimeOffset.UtcNow.AddDays(1 + Random.Next(14)),
        }).ConfigureAwait(false);
        if (Created(reply, RecordKind.Activity, token, ActivityState) is { } activity)
        {
            _openActivities.Add(activity);
        }
    }

    private async Task CompleteActivityAsync(OwnRecord activity)
    {
        var token = NextToken();
        var reply = await WriteAsync("activity: complete", HttpMethod.Post, $"/api/crm/activities/{activity.Id}/complete", new { outcome = token, version = activity.Record.Version }).ConfigureAwait(false);
        Changed(Unwrap(reply, "completed"), _openActivities, activity, token, ActivityState, journalEntry: null);

        // A completed task takes no more changes.
        _openActivities.Remove(activity);
    }

    private OwnRecord? Created(Reply reply, RecordKind kind, string token, Func<JsonElement, string> state, params string[] journal)
    {
        if (!reply.Ok)
        {
            Ledger.NotAcknowledged(token);
            return null;
        }

        var record = Ledger.Created(kind, token, reply.Json.GetProperty("version").GetInt32(), state(reply.Json), journal);
        return new OwnRecord(reply.Json.GetProperty("id").GetInt64(), record);
    }

    private void Changed(Reply reply, List<OwnRecord> working, OwnRecord own, string? token, Func<JsonElement, string> state, string? journalEntry)
    {
        if (!reply.Ok)
        {
            // Its version is unknown now: the check shows whether the failed write changed it anyway.
            working.Remove(own);
            if (token is not null)
            {
                Ledger.NotAcknowledged(token);
            }

            return;
        }

        own.Record.Version = reply.Json.GetProperty("version").GetInt32();
        own.Record.State = state(reply.Json);
        if (journalEntry is not null)
        {
            own.Record.Journal.Add(journalEntry);
        }
    }

    // The record inside an answer that carries more beside it (duplicates, warnings, the next activity).
    private static Reply Unwrap(Reply reply, string property) => reply.Ok ? reply with { Json = reply.Json.GetProperty(property) } : reply;

    private OwnRecord Any(List<OwnRecord> records) => records[Random.Next(records.Count)];

    // As StoredWrites reads them back.
    private static string Notes(JsonElement lead) => Text(lead, "notes");

    private static string Stage(JsonElement opportunity) => Text(opportunity, "stageCode");

    private static string ActivityState(JsonElement activity) => $"{Text(activity, "status")}/{Text(activity, "outcome")}";

    private static string Text(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private sealed record OwnRecord(long Id, ExpectedRecord Record);
}
