using System.Data.Common;
using Dapper;

namespace Host.Sample.Tests.Load;

/// <summary>
/// Reads back, straight from the database, every record whose token carries the run's prefix and
/// compares it with the <see cref="WriteLedger"/>: each acknowledged record stored exactly once, with
/// the version, state and journal its acknowledged writes imply (so a lost or doubled write shows),
/// and no token of a write that got no 2xx anywhere.
/// </summary>
internal static class StoredWrites
{
    private const int MaxProblems = 40;

    // State and journal entries joined exactly as the clients join what the API answered.
    private static readonly Dictionary<RecordKind, (string Records, string? Journal)> Queries = new()
    {
        [RecordKind.Inquiry] = (
            "SELECT subject AS Token, version AS Version, status || '/' || COALESCE(assignee, '') AS State FROM crm_inquiries WHERE subject LIKE @prefix",
            "SELECT i.subject AS Token, t.kind || ':' || COALESCE(t.text, t.assignee, '') AS Entry FROM crm_inquiry_timeline t JOIN crm_inquiries i ON i.id = t.inquiry_id WHERE i.subject LIKE @prefix ORDER BY t.id"),
        [RecordKind.Lead] = (
            "SELECT company AS Token, version AS Version, COALESCE(notes, '') AS State FROM crm_leads WHERE company LIKE @prefix",
            "SELECT l.company AS Token, h.kind AS Entry FROM crm_lead_history h JOIN crm_leads l ON l.id = h.lead_id WHERE l.company LIKE @prefix ORDER BY h.id"),
        [RecordKind.Opportunity] = (
            "SELECT name AS Token, version AS Version, stage AS State FROM crm_opportunities WHERE name LIKE @prefix",
            "SELECT o.name AS Token, s.stage AS Entry FROM crm_opportunity_stages s JOIN crm_opportunities o ON o.id = s.opportunity_id WHERE o.name LIKE @prefix ORDER BY s.id"),
        [RecordKind.Activity] = (
            "SELECT subject AS Token, version AS Version, status || '/' || COALESCE(outcome, '') AS State FROM crm_activities WHERE subject LIKE @prefix",
            null),
    };

    /// <summary>What differs between the database and the ledger; empty when every acknowledged write is stored once and nothing else.</summary>
    public static async Task<IReadOnlyList<string>> CompareAsync(DbConnection connection, string tokenPrefix, WriteLedger ledger)
    {
        var prefix = tokenPrefix + "%";
        var problems = new List<string>();
        var unacknowledged = new HashSet<string>(ledger.Unacknowledged, StringComparer.Ordinal);
        foreach (var (kind, (recordsSql, journalSql)) in Queries)
        {
            var stored = (await connection.QueryAsync<StoredRecord>(recordsSql, new { prefix })).ToLookup(r => r.Token, StringComparer.Ordinal);
            var journals = journalSql is null
                ? Enumerable.Empty<JournalEntry>().ToLookup(e => e.Token, StringComparer.Ordinal)
                : (await connection.QueryAsync<JournalEntry>(journalSql, new { prefix })).ToLookup(e => e.Token, StringComparer.Ordinal);
            var expected = ledger.Records.Where(r => r.Kind == kind).ToDictionary(r => r.Token, StringComparer.Ordinal);

            foreach (var record in expected.Values)
            {
                var rows = stored[record.Token].ToList();
                if (rows.Count != 1)
                {
                    problems.Add($"{kind} {record.Token}: acknowledged once, stored {rows.Count} times");
                    continue;
                }

                if (rows[0].Version != record.Version || rows[0].State != record.State)
                {
                    problems.Add($"{kind} {record.Token}: acknowledged version {record.Version} '{record.State}', stored version {rows[0].Version} '{rows[0].State}'");
                }

                var journal = journals[record.Token].Select(e => e.Entry).ToList();
                if (journalSql is not null && !journal.SequenceEqual(record.Journal, StringComparer.Ordinal))
                {
                    problems.Add($"{kind} {record.Token}: acknowledged history [{string.Join(", ", record.Journal)}], stored [{string.Join(", ", journal)}]");
                }
            }

            foreach (var token in stored.Select(g => g.Key).Where(t => !expected.ContainsKey(t)))
            {
                problems.Add($"{kind} {token}: stored, but its creation {(unacknowledged.Contains(token) ? "got no 2xx" : "was never sent")}");
            }

            foreach (var entry in journals.SelectMany(g => g).Where(e => unacknowledged.Any(e.Entry.Contains)))
            {
                problems.Add($"{kind} {entry.Token}: history holds '{entry.Entry}', from a write that got no 2xx");
            }
        }

        return problems.Count > MaxProblems ? [.. problems.Take(MaxProblems), $"… and {problems.Count - MaxProblems} more"] : problems;
    }

    private sealed class StoredRecord
    {
        public string Token { get; set; } = string.Empty;

        public int Version { get; set; }

        public string State { get; set; } = string.Empty;
    }

    private sealed class JournalEntry
    {
        public string Token { get; set; } = string.Empty;

        public string Entry { get; set; } = string.Empty;
    }
}
