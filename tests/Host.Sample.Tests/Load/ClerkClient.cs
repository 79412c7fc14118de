using System.Text.Json;

namespace Host.Sample.Tests.Load;

/// <summary>
/// An order clerk working one account: logs inquiries about its orders and invoices, comments,
/// moves them between in progress and waiting, hands them between the service team's members, and
/// reads the queue, the inquiry, the account's overview and timeline, and the queue as a shell page.
/// Only inquiries this client logged are changed, so no write expects a conflict.
/// </summary>
internal sealed class ClerkClient(HttpClient http, WriteLedger ledger, string tokenPrefix, int seed, ClerkAccount account)
    : LoadClient(http, ledger, tokenPrefix, seed)
{
    private static readonly string[] Channels = ["Phone", "Email", "Web", "Letter", "WalkIn"];

    private readonly List<OwnInquiry> _inquiries = [];

    protected override Task StepAsync()
    {
        var mine = _inquiries.Count > 0 ? _inquiries[Random.Next(_inquiries.Count)] : null;
        return (Pick(15, 15, 10, 5, 20, 12, 10, 8, 5), mine) switch
        {
            (0, _) or (1 or 2 or 3 or 7, null) => LogAsync(),
            (1, { } inquiry) => CommentAsync(inquiry),
            (2, { } inquiry) => ChangeStatusAsync(inquiry),
            (3, { } inquiry) => AssignAsync(inquiry),
            (4, _) => ReadAsync("inquiry queue", "/api/crm/inquiries?view=MyTeams&pageSize=20"),
            (5, _) => ReadAsync("account overview", $"/api/crm/accounts/{account.Key}/overview"),
            (6, _) => ReadAsync("account timeline", $"/api/crm/accounts/{account.Key}/timeline?pageSize=20"),
            (7, { } inquiry) => ReadAsync("inquiry", $"/api/crm/inquiries/{inquiry.Number}"),
            _ => ReadAsync("shell: inquiry queue", "/screens/crm.inquiry-queue"),
        };
    }

    private async Task LogAsync()
    {
        var token = NextToken();
        var aboutInvoice = account.InvoiceKeys.Count > 0 && Random.Next(3) == 0;
        var reply = await WriteAsync("inquiry: log", HttpMethod.Post, "/api/crm/inquiries", new
        {
            accountKey = account.Key,
            subject = token,
            channel = Channels[Random.Next(Channels.Length)],
            text = "Load test inquiry",
            orderKey = aboutInvoice || account.OrderKeys.Count == 0 ? null : account.OrderKeys[Random.Next(account.OrderKeys.Count)],
            invoiceKey = aboutInvoice ? account.InvoiceKeys[Random.Next(account.InvoiceKeys.Count)] : null,

            // Several inquiries about one order are this load's normal case, not a mistake to refuse.
            allowDuplicate = true,
        }).ConfigureAwait(false);
        if (!reply.Ok)
        {
            Ledger.NotAcknowledged(token);
            return;
        }

        var assignee = Text(reply.Json, "assignee");
        var record = Ledger.Created(RecordKind.Inquiry, token, reply.Json.GetProperty("version").GetInt32(), State(reply.Json), $"Logged:{assignee}");
        _inquiries.Add(new OwnInquiry(reply.Json.GetProperty("number").GetString()!, record) { Status = Text(reply.Json, "status"), Assignee = assignee });
    }

    private Task CommentAsync(OwnInquiry inquiry)
    {
        var token = NextToken();
        return ChangeAsync("inquiry: comment", inquiry, "comments", new { text = token }, token, $"Comment:{token}");
    }

    private Task ChangeStatusAsync(OwnInquiry inquiry)
    {
        var token = NextToken();
        var next = inquiry.Status == "InProgress" ? "WaitingOnCustomer" : "InProgress";
        return ChangeAsync("inquiry: status", inquiry, "status", new { status = next, version = inquiry.Record.Version, note = token }, token, $"StatusChanged:{token}");
    }

    private Task AssignAsync(OwnInquiry inquiry)
    {
        var assignee = inquiry.Assignee == "clerk" ? "admin" : "clerk";
        return ChangeAsync("inquiry: assign", inquiry, "assignment", new { team = "service", assignee, version = inquiry.Record.Version }, token: null, $"Assigned:{assignee}");
    }

    private async Task ChangeAsync(string operation, OwnInquiry inquiry, string action, object body, string? token, string journalEntry)
    {
        var reply = await WriteAsync(operation, HttpMethod.Post, $"/api/crm/inquiries/{inquiry.Number}/{action}", body).ConfigureAwait(false);
        if (!reply.Ok)
        {
            // Its version is unknown now: the check shows whether the failed write changed it anyway.
            _inquiries.Remove(inquiry);
            if (token is not null)
            {
                Ledger.NotAcknowledged(token);
            }

            return;
        }

        inquiry.Status = Text(reply.Json, "status");
        inquiry.Assignee = Text(reply.Json, "assignee");
        inquiry.Record.Version = reply.Json.GetProperty("version").GetInt32();
        inquiry.Record.State = State(reply.Json);
        inquiry.Record.Journal.Add(journalEntry);
    }

    // As StoredWrites reads it back: status/assignee.
    private static string State(JsonElement inquiry) => $"{Text(inquiry, "status")}/{Text(inquiry, "assignee")}";

    private static string Text(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private sealed record OwnInquiry(string Number, ExpectedRecord Record)
    {
        public string Status { get; set; } = string.Empty;

        public string Assignee { get; set; } = string.Empty;
    }
}

/// <summary>The account a clerk client works, with order and invoice keys to link inquiries to.</summary>
internal sealed record ClerkAccount(string Key, IReadOnlyList<string> OrderKeys, IReadOnlyList<string> InvoiceKeys);
