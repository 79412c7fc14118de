using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Hosting;
using Dapper;

namespace Crm.Module.FollowUps.Rules;

/// <summary>
/// An open opportunity gets a task for its owner when nobody has planned or done an activity on it
/// for <c>DaysWithoutActivity</c> days (default 14, at least 1) — once per silence: the period is the
/// day of the last touch, and the rule's own follow-ups are not a touch until someone marks one done
/// (then the owner did work the deal, and a new silence starts) — and when its expected close date
/// has passed — once per close date, so moving the date and missing it again asks again.
/// </summary>
internal sealed class StalledOpportunityRule(CrmDatabase database) : IFollowUpRule
{
    /// <summary>The candidates: open opportunities with their last touches (internal: the sweep benchmark's baseline runs it too).</summary>
    internal const string Statement =
        """
        SELECT o.id AS Id, o.number AS Number, o.name AS Name, o.account_key AS AccountKey, o.owner AS Owner,
               o.expected_close_date AS CloseDate, o.created_at AS CreatedAt, t.LastPlanned, t.LastDone
        FROM crm_opportunities o
        LEFT JOIN (SELECT opportunity_id,
                          MAX(CASE WHEN created_by NOT LIKE 'follow-up:%' THEN created_at END) AS LastPlanned,
                          MAX(CASE WHEN created_by NOT LIKE 'follow-up:%' OR status = 'Done' THEN completed_at END) AS LastDone
                   FROM crm_activities
                   WHERE opportunity_id IS NOT NULL
                   GROUP BY opportunity_id) t ON t.opportunity_id = o.id
        WHERE o.status = 'Open'
        ORDER BY o.id
        """;

    public string Code => "stalled-opportunity";

    public string Name => "Task for the owner of an opportunity without activity or past its close date";

    public string DefaultSchedule => "0 30 6 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var quietDays = context.Whole(Code, "DaysWithoutActivity", 14);
        if (quietDays < 1)
        {
            throw new CrmSettingException($"{FollowUpOptions.SectionName}:Rules:{Code}:Parameters:DaysWithoutActivity", "must be at least 1 (a day without activity).");
        }

        var type = context.Text("ActivityType") ?? "task";
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        // Read whole before proposing: the runner writes each batch on its own connection while the
        // rule is still enumerating, and SQLite (rollback journal) cannot commit a write while this
        // connection holds an open read. Open opportunities are a bounded set; one statement still.
        List<OpportunityRow> rows;
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            rows = [.. await connection.QueryAsync<OpportunityRow>(new CommandDefinition(Statement, cancellationToken: cancellationToken)).ConfigureAwait(false)];
        }

        foreach (var row in rows)
        {
            var lastTouch = new[] { DbValues.ToNullableUtc(row.CreatedAt), DbValues.ToNullableUtc(row.LastPlanned), DbValues.ToNullableUtc(row.LastDone) }.Max()!.Value;
            var quietFor = (int)(context.Now - lastTouch).TotalDays;
            if (quietFor >= quietDays)
            {
                yield return Proposal(row, "quiet", lastTouch.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), type, context,
                    $"No activity for {quietFor} days: {row.Name}", $"Last planned or done activity on {lastTouch:yyyy-MM-dd}. Call the customer or update the opportunity.");
            }

            var closeDate = DbValues.ToDate(row.CloseDate);
            if (closeDate < today)
            {
                yield return Proposal(row, "overdue", closeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), type, context,
                    $"Past its close date: {row.Name}", $"Expected to close on {closeDate:yyyy-MM-dd}. Win it, lose it with a reason, or move the date.");
            }
        }
    }

    private static FollowUpProposal Proposal(OpportunityRow row, string reason, string period, string type, FollowUpRuleContext context, string subject, string notes) => new(
        $"opportunity:{row.Id}:{reason}",
        period,
        row.AccountKey,
        type,
        subject.Length > 200 ? subject[..200] : subject,
        row.Owner,
        context.Now.AddDays(1),
        $"{row.Number}. {notes}",
        OpportunityId: row.Id);

    private sealed class OpportunityRow
    {
        public long Id { get; set; }

        public string Number { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? AccountKey { get; set; }

        public string Owner { get; set; } = string.Empty;

        public object CloseDate { get; set; } = string.Empty;

        public object CreatedAt { get; set; } = string.Empty;

        public object? LastPlanned { get; set; }

        public object? LastDone { get; set; }
    }
}
